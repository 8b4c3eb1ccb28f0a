#include "dialogs/ExportDialog.h"

#include "document/Document.h"
#include "export/DiagramPages.h"
#include "model/LogicModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace el {

ExportDialog::ExportDialog(Document *document, ModelId current, const ExportChoices &choices,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_current(current)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createWhatAndFormat());
    layout->addWidget(createPageGroup());
    layout->addWidget(createImageGroup());
    layout->addStretch(1); // room freed by a hidden warning goes below, not between groups

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export\u2026"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setChoices(choices);

    const auto changed = [this] {
        updateState();
    };
    connect(m_what, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, changed);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, changed);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_fit, &QRadioButton::toggled, this, changed);
    connect(m_tileInstead, &QPushButton::clicked, this, [this] { m_tile->setChecked(true); });
}

QWidget *ExportDialog::createWhatAndFormat()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);

    m_what = new QComboBox(box);
    const LogicModel *current = m_document->project()->model(m_current);
    m_what->addItem(current ? tr("This model: %1").arg(current->name()) : tr("This model"));
    m_what->addItem(tr("Every model in the project (%n)", nullptr,
                       static_cast<int>(m_document->project()->models().size())));
    if (!current)
        m_what->setCurrentIndex(1);
    form->addRow(tr("&What:"), m_what);

    m_format = new QComboBox(box);
    for (ExportFormat f : ExportFormats::all)
        m_format->addItem(ExportFormats::label(f), static_cast<int>(f));
    form->addRow(tr("&Format:"), m_format);

    m_formatNote = new QLabel(box);
    m_formatNote->setWordWrap(true);
    m_formatNote->setEnabled(false);
    form->addRow(QString(), m_formatNote);
    return box;
}

QGroupBox *ExportDialog::createPageGroup()
{
    m_pageGroup = new QGroupBox(tr("Pages"), this);
    auto *form = new QFormLayout(m_pageGroup);

    m_pageSize = new QComboBox(m_pageGroup);
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("A3"), static_cast<int>(QPageSize::A3));
    form->addRow(tr("Page &size:"), m_pageSize);

    m_orientation = new QComboBox(m_pageGroup);
    m_orientation->addItem(tr("Landscape (wide)"), static_cast<int>(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait (tall)"), static_cast<int>(QPageLayout::Portrait));
    form->addRow(tr("&Orientation:"), m_orientation);

    m_margin = new QDoubleSpinBox(m_pageGroup);
    m_margin->setRange(0, 50);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    form->addRow(tr("&Margins:"), m_margin);

    m_fit = new QRadioButton(tr("Fit to &one page"), m_pageGroup);
    m_tile = new QRadioButton(tr("&Tile across several pages at"), m_pageGroup);
    auto *group = new QButtonGroup(m_pageGroup);
    group->addButton(m_fit);
    group->addButton(m_tile);
    m_scale = new QSpinBox(m_pageGroup);
    m_scale->setRange(10, 400);
    m_scale->setSingleStep(10);
    m_scale->setSuffix(tr("% of actual size"));
    connect(m_tile, &QRadioButton::toggled, m_scale, &QWidget::setEnabled);
    auto *tileRow = new QHBoxLayout;
    tileRow->addWidget(m_tile);
    tileRow->addWidget(m_scale);
    tileRow->addStretch();
    form->addRow(tr("Size:"), m_fit);
    form->addRow(QString(), tileRow);

    m_warning = new QLabel(m_pageGroup);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_tileInstead = new QPushButton(tr("Tile &Instead"), m_pageGroup);
    m_tileInstead->setToolTip(tr("Print at a readable size across several pages, with labels "
                                 "and overlap marks so that they can be put together"));
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warning, 1);
    warningRow->addWidget(m_tileInstead, 0, Qt::AlignTop);
    form->addRow(warningRow);
    return m_pageGroup;
}

QGroupBox *ExportDialog::createImageGroup()
{
    m_imageGroup = new QGroupBox(tr("Picture"), this);
    auto *form = new QFormLayout(m_imageGroup);
    m_dpi = new QSpinBox(m_imageGroup);
    m_dpi->setRange(10, 2400);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dots per inch"));
    m_dpi->setToolTip(tr("150 is fine on screen and slides; 300 for print"));
    form->addRow(tr("&Resolution:"), m_dpi);
    m_background = new QComboBox(m_imageGroup);
    m_background->addItem(tr("White"));
    m_background->addItem(tr("Transparent"));
    form->addRow(tr("&Background:"), m_background);
    return m_imageGroup;
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.allModels = m_what->currentIndex() == 1;
    c.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    c.setup.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    c.setup.orientation
        = static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
    c.setup.marginMm = m_margin->value();
    c.setup.fit = m_tile->isChecked() ? PageFit::Tile : PageFit::FitToPage;
    c.setup.tileScale = m_scale->value() / 100.0;
    c.setup.dpi = m_dpi->value();
    c.setup.transparent = m_background->currentIndex() == 1;
    return c;
}

void ExportDialog::setChoices(const ExportChoices &c)
{
    const bool hasCurrent = m_document->project()->model(m_current) != nullptr;
    m_what->setCurrentIndex(c.allModels || !hasCurrent ? 1 : 0);
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(c.format))));
    m_pageSize->setCurrentIndex(
        std::max(0, m_pageSize->findData(static_cast<int>(c.setup.pageSize))));
    m_orientation->setCurrentIndex(
        std::max(0, m_orientation->findData(static_cast<int>(c.setup.orientation))));
    m_margin->setValue(c.setup.marginMm);
    (c.setup.fit == PageFit::Tile ? m_tile : m_fit)->setChecked(true);
    m_scale->setValue(qRound(c.setup.tileScale * 100));
    m_scale->setEnabled(c.setup.fit == PageFit::Tile);
    m_dpi->setValue(c.setup.dpi);
    m_background->setCurrentIndex(c.setup.transparent ? 1 : 0);
    updateState();
}

QList<ModelId> ExportDialog::chosenModels() const
{
    QList<ModelId> ids;
    if (m_what->currentIndex() == 0) {
        if (m_document->project()->model(m_current))
            ids << m_current;
        return ids;
    }
    for (const LogicModel *m : m_document->project()->models())
        ids << m->id();
    return ids;
}

void ExportDialog::updateState()
{
    const ExportChoices c = choices();
    m_pageGroup->setEnabled(c.usesPages());
    m_imageGroup->setEnabled(c.usesImageOptions());

    QString note;
    if (c.oneFilePerModel())
        note = tr("A picture holds one model: you will get one file per model, named after it.");
    else if (c.format == ExportFormat::Pdf && c.allModels)
        note = tr("One PDF with every model, one after another.");
    else if (c.format == ExportFormat::Json)
        note = tr("The cards, links, indicators and accepted findings, as data.");
    m_formatNote->setText(note);
    m_formatNote->setVisible(!note.isEmpty());
    updateWarning();
}

void ExportDialog::updateWarning()
{
    const ExportChoices c = choices();
    m_tooSmall.clear();
    if (c.format == ExportFormat::Pdf && c.setup.fit == PageFit::FitToPage) {
        const QList<ModelId> models = chosenModels();
        if (!models.isEmpty())
            m_tooSmall = DiagramPages(m_document, models, c.setup).tooSmall();
    }
    const bool warn = !m_tooSmall.isEmpty();
    if (warn) {
        const QString which = m_tooSmall.size() == 1 ? tr("\u201c%1\u201d").arg(m_tooSmall.first())
                                                     : tr("%n of the models", nullptr,
                                                          static_cast<int>(m_tooSmall.size()));
        m_warning->setText(tr("Fitted onto one page, the text of %1 would be smaller than %2 pt "
                              "and hard to read. Tile it across several pages instead, or "
                              "choose a larger page.")
                               .arg(which)
                               .arg(minimumTextPoints));
    }
    m_warning->setVisible(warn);
    m_tileInstead->setVisible(warn);
}

} // namespace el
