#pragma once
// File > Export…: asks what to export (this model or every model), in which format, and how it
// goes onto paper (page size, orientation, margins, fitted or tiled) or into a picture
// (resolution, background). Options that do not apply to the format are greyed out, and a
// fitted page whose text would be too small to read says so and offers tiling.
#include "dialogs/ExportChoices.h"
#include "model/Ids.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace el {

class Document;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Document *document, ModelId current, const ExportChoices &choices,
                 QWidget *parent = nullptr);

    ExportChoices choices() const;
    void setChoices(const ExportChoices &choices);

    // The models the choices cover, in the project's order.
    QList<ModelId> chosenModels() const;
    // Names of the chosen models whose fitted page would shrink text below readable size
    // (empty unless PDF and Fit to one page are chosen).
    const QStringList &tooSmall() const { return m_tooSmall; }

    // The controls, for tests.
    QComboBox *whatBox() const { return m_what; }
    QComboBox *formatBox() const { return m_format; }
    QGroupBox *pageGroup() const { return m_pageGroup; }
    QGroupBox *imageGroup() const { return m_imageGroup; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QRadioButton *fitButton() const { return m_fit; }
    QRadioButton *tileButton() const { return m_tile; }
    QSpinBox *scaleBox() const { return m_scale; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QComboBox *backgroundBox() const { return m_background; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *tileInsteadButton() const { return m_tileInstead; }

private:
    QWidget *createWhatAndFormat();
    QGroupBox *createPageGroup();
    QGroupBox *createImageGroup();
    // Greys out what the format does not use and rechecks the fitted text size.
    void updateState();
    void updateWarning();

    Document *m_document;
    ModelId m_current;
    QStringList m_tooSmall;

    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_formatNote = nullptr;
    QGroupBox *m_pageGroup = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QRadioButton *m_fit = nullptr;
    QRadioButton *m_tile = nullptr;
    QSpinBox *m_scale = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_tileInstead = nullptr;
    QGroupBox *m_imageGroup = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_background = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace el
