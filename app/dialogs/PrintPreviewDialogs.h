#pragma once
// The File menu's print and report entry points: print preview of the current model (the same
// page painting as PDF export) and Export Report… (a save dialog, then the report).
#include "model/Ids.h"

class QWidget;

namespace el {

class Document;

namespace PrintPreviewDialogs {

// Shows Qt's print preview of the model's pages (fitted; tiled when fitted text would be too
// small) and prints from it.
void printModel(QWidget *parent, Document *document, ModelId model);
// Asks where to save the evaluation report and writes it; says so when it fails.
void exportReport(QWidget *parent, Document *document);

} // namespace PrintPreviewDialogs
} // namespace el
