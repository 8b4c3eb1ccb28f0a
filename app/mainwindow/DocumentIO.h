#pragma once
// Turns files into documents and documents into files for the window: project files, imported
// JSON and the bundled sample. Every failure comes back as a message for a person.
#include "document/Document.h"
#include "util/Result.h"

#include <memory>

namespace el::DocumentIO {

// A project file (.eqlm), or a JSON interchange file (which opens as an untitled document).
Result<std::unique_ptr<Document>> open(const QString &path);
// A JSON interchange file, as an untitled document.
Result<std::unique_ptr<Document>> importJson(const QString &path);
// "Luton Health Equity Town (illustrative)", bundled with the app, as an untitled document.
Result<std::unique_ptr<Document>> openSample();
// An empty project with one empty model, ready to draw on.
std::unique_ptr<Document> newDocument();

// Saves to path; on success the document takes that path and becomes unmodified. On failure
// the document is left as it was (still modified, same path).
Result<> save(Document &document, const QString &path);

// The filters for the file dialogs.
QString projectFilter();
QString jsonFilter();

} // namespace el::DocumentIO
