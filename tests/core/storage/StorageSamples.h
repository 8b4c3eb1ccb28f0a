#pragma once
// Projects and file helpers for the storage tests: a project that uses every field, byte-level
// edits of real files, and the sqlite3 command run on a file as a person would.
#include "FileBytes.h"
#include "model/Project.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace el::test {

// Two models using every field: all kinds, texts with accents and emoji, principles, groups,
// fractional positions, indicators with baselines, targets, measurements and breakdowns, links
// with rationales and strengths, and waivers (one per model, one project-wide). The ids are
// fixed, so the same project comes out every time.
std::unique_ptr<Project> fullProject();

// Runs the sqlite3 command on a file; returns its standard output, trimmed.
QString sqlite3(const QString &path, const QString &sql);

} // namespace el::test
