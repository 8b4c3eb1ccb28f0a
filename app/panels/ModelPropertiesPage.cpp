#include "panels/ModelPropertiesPage.h"

#include "commands/EditModelCommand.h"
#include "commands/EditProjectCommand.h"
#include "document/Document.h"
#include "panels/CommitTextEdit.h"
#include "panels/FieldText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace el {

ModelPropertiesPage::ModelPropertiesPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Select a card or an arrow on the canvas to see its properties "
                               "here."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);

    auto *modelBox = new QGroupBox(tr("This logic model"), this);
    auto *modelForm = new QFormLayout(modelBox);
    modelForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(modelBox);
    m_name->setObjectName(QStringLiteral("ModelName"));
    modelForm->addRow(tr("&Name:"), m_name);
    m_owner = new QLineEdit(modelBox);
    m_owner->setPlaceholderText(tr("The subgroup or partner that leads it"));
    modelForm->addRow(tr("&Owner:"), m_owner);
    m_description = new CommitTextEdit(modelBox);
    modelForm->addRow(tr("&Description:"), m_description);
    layout->addWidget(modelBox);

    auto *projectBox = new QGroupBox(tr("The project"), this);
    auto *projectForm = new QFormLayout(projectBox);
    projectForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_projectTitle = new QLineEdit(projectBox);
    m_projectTitle->setObjectName(QStringLiteral("ProjectTitle"));
    projectForm->addRow(tr("&Title:"), m_projectTitle);
    m_place = new QLineEdit(projectBox);
    m_place->setPlaceholderText(tr("for example: Luton"));
    projectForm->addRow(tr("&Place:"), m_place);
    m_projectDescription = new CommitTextEdit(projectBox);
    projectForm->addRow(tr("D&escription:"), m_projectDescription);
    layout->addWidget(projectBox);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &ModelPropertiesPage::pushModel);
    connect(m_owner, &QLineEdit::editingFinished, this, &ModelPropertiesPage::pushModel);
    connect(m_description, &CommitTextEdit::editingFinished, this, &ModelPropertiesPage::pushModel);
    connect(m_projectTitle, &QLineEdit::editingFinished, this, &ModelPropertiesPage::pushProject);
    connect(m_place, &QLineEdit::editingFinished, this, &ModelPropertiesPage::pushProject);
    connect(m_projectDescription, &CommitTextEdit::editingFinished, this,
            &ModelPropertiesPage::pushProject);
    connect(document->project(), &Project::metaChanged, this, &ModelPropertiesPage::refresh);
}

void ModelPropertiesPage::setModel(ModelId model)
{
    disconnect(m_watch);
    m_model = model;
    if (LogicModel *m = m_document->project()->model(model))
        m_watch = connect(m, &LogicModel::metaChanged, this, &ModelPropertiesPage::refresh);
    refresh();
}

void ModelPropertiesPage::refresh()
{
    const Project *project = m_document->project();
    const LogicModel *model = project->model(m_model);
    m_name->parentWidget()->setEnabled(model != nullptr);
    if (model) {
        showInField(m_name, model->name());
        showInField(m_owner, model->owner());
        m_description->setTextQuietly(model->description());
    }
    showInField(m_projectTitle, project->meta().title);
    showInField(m_place, project->meta().place);
    m_projectDescription->setTextQuietly(project->meta().description);
}

void ModelPropertiesPage::pushModel()
{
    const LogicModel *model = m_document->project()->model(m_model);
    if (!model)
        return;
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = model->name(); // a model needs a name
    const QString owner = m_owner->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    if (name == model->name() && owner == model->owner() && description == model->description()) {
        m_name->setText(name);
        return;
    }
    m_document->push(
        new EditModelCommand(m_document->project(), m_model, name, description, owner));
}

void ModelPropertiesPage::pushProject()
{
    Project *project = m_document->project();
    ProjectMeta meta = project->meta();
    const QString title = m_projectTitle->text().trimmed();
    if (!title.isEmpty())
        meta.title = title;
    meta.place = m_place->text().trimmed();
    meta.description = m_projectDescription->toPlainText().trimmed();
    if (meta == project->meta()) {
        m_projectTitle->setText(meta.title);
        return;
    }
    m_document->push(new EditProjectCommand(project, meta));
}

} // namespace el
