#pragma once
// What the user chose in the Export dialog (which models, which format, how onto paper or into
// an image), the file names and filters of each format, and their memory between sessions.
#include "export/PageSetup.h"

#include <QString>

namespace el {

enum class ExportFormat { Pdf, Svg, Png, Dot, Graphml, Json };

struct ExportChoices
{
    bool allModels = false;
    ExportFormat format = ExportFormat::Pdf;
    PageSetup setup;

    // Which options mean something for the chosen format.
    bool usesPages() const { return format == ExportFormat::Pdf; }
    bool usesImageOptions() const { return format == ExportFormat::Png; }
    // Formats that hold one drawing: every model gives one file per model.
    bool oneFilePerModel() const
    {
        return allModels && (format == ExportFormat::Svg || format == ExportFormat::Png);
    }

    // The last choices (QSettings), or the defaults the first time.
    static ExportChoices load();
    void save() const;
};

namespace ExportFormats {

inline constexpr ExportFormat all[]
    = {ExportFormat::Pdf, ExportFormat::Svg,     ExportFormat::Png,
       ExportFormat::Dot, ExportFormat::Graphml, ExportFormat::Json};
// "PDF document", for the format list.
QString label(ExportFormat format);
// "pdf", without the dot.
QString extension(ExportFormat format);
// "PDF documents (*.pdf)", for the save dialog.
QString filter(ExportFormat format);
// A name that can be used as a file name: characters files may not hold become dashes.
QString safeFileName(const QString &name);

} // namespace ExportFormats
} // namespace el
