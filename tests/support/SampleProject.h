#pragma once
// The bundled sample project (resources/sample), imported as the editor opens it on first start.
#include "model/Project.h"

#include <memory>

namespace el::test {

// Fails the current test when the sample cannot be read or imported.
std::unique_ptr<Project> sampleProject();

} // namespace el::test
