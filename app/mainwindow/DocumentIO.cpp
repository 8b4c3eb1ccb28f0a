#include "mainwindow/DocumentIO.h"

#include "interchange/JsonInterchange.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace el::DocumentIO {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::DocumentIO", text);
}

Result<std::unique_ptr<Document>> fromJson(const QByteArray &json, const QString &name)
{
    auto project = JsonInterchange::importProject(json);
    if (!project) {
        return failure(tr("%1 could not be imported: %2\nCorrect the file, or ask whoever sent "
                          "it for a new copy.")
                           .arg(name, project.error()));
    }
    return std::make_unique<Document>(std::move(*project));
}
} // namespace

Result<std::unique_ptr<Document>> open(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return importJson(path);
    auto project = ProjectFile::load(path);
    if (!project)
        return failure(project.error());
    auto document = std::make_unique<Document>(std::move(*project));
    document->setFilePath(QFileInfo(path).absoluteFilePath());
    return document;
}

Result<std::unique_ptr<Document>> importJson(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("%1 could not be read: %2\nCheck that the file exists and that you "
                          "may open it.")
                           .arg(name, file.errorString()));
    }
    return fromJson(file.readAll(), name);
}

Result<std::unique_ptr<Document>> openSample()
{
    QFile file(QStringLiteral(":/sample/luton-health-equity-town.json"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The sample project is missing from this copy of Equity Logic."));
    return fromJson(file.readAll(), tr("The sample project"));
}

std::unique_ptr<Document> newDocument()
{
    auto project = std::make_unique<Project>();
    project->setMeta({tr("Untitled project"), QString(), QString()});
    ModelData model;
    model.id = ModelId::create();
    model.name = tr("New logic model");
    project->insertModel(model);
    return std::make_unique<Document>(std::move(project));
}

Result<> save(Document &document, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto saved = ProjectFile::save(*document.project(), absolute);
    if (!saved)
        return failure(saved.error());
    document.setFilePath(absolute);
    document.markSaved();
    return {};
}

QString projectFilter()
{
    return tr("Equity Logic projects (*.eqlm);;JSON interchange files (*.json);;All files (*)");
}

QString jsonFilter()
{
    return tr("JSON interchange files (*.json);;All files (*)");
}

} // namespace el::DocumentIO
