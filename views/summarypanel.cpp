#include "summarypanel.h"

#include "ui_summarypanel.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace {
// Two boxes side by side fit the window's usual width without scrolling.
constexpr int GroupColumns = 2;
} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SummaryPanel>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    // The error text is the only red on the page: it means the figures are missing.
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
}

SummaryPanel::~SummaryPanel() = default;

void SummaryPanel::setHeading(const QString &heading)
{
    m_ui->headingLabel->setText(heading);
}

void SummaryPanel::setDescription(const QString &description)
{
    m_ui->descriptionLabel->setText(description);
}

void SummaryPanel::clearFigures()
{
    while (QLayoutItem *item = m_ui->figuresLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void SummaryPanel::setFigures(const QList<FigureGroup> &groups)
{
    clearFigures();
    m_ui->errorLabel->hide();
    m_ui->figuresArea->show();
    int position = 0;
    for (const FigureGroup &group : groups) {
        auto *box = new QGroupBox(group.title, m_ui->figuresArea);
        auto *form = new QFormLayout(box);
        for (const Figure &figure : group.figures) {
            auto *value = new QLabel(figure.value, box);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(tr("%1:").arg(figure.label), value);
        }
        m_ui->figuresLayout->addWidget(box, position / GroupColumns, position % GroupColumns,
                                       Qt::AlignTop);
        ++position;
    }
}

void SummaryPanel::setError(const Error &error)
{
    clearFigures();
    m_ui->figuresArea->hide();
    m_ui->errorLabel->setText(
        tr("The figures could not be read: %1")
            .arg(Error{error.message, QDir::toNativeSeparators(error.where)}.toString()));
    m_ui->errorLabel->show();
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
