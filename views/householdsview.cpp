#include "householdsview.h"

#include "householddetailpanel.h"
#include "householdfiledialog.h"
#include "errordialog.h"
#include "householdlistmodel.h"
#include "householdsearchbar.h"
#include "ui_householdsview.h"
#include "workspace.h"

#include <QDir>
#include <QTimer>
#include <QHeaderView>
#include <QLocale>

HouseholdsView::HouseholdsView(Workspace &workspace, QWidget *parent)
    : AreaView(parent), m_ui(std::make_unique<Ui::HouseholdsView>()), m_workspace(workspace),
      m_model(new HouseholdListModel(workspace.sql(), this)),
      m_detail(new HouseholdDetailPanel(workspace)),
      m_search(new HouseholdSearchBar(workspace.sql()))
{
    m_ui->setupUi(this);
    m_search->setObjectName(QStringLiteral("searchBar"));
    m_ui->mainLayout->insertWidget(1, m_search);
    connect(m_search, &HouseholdSearchBar::filterChanged, this, &HouseholdsView::refresh);
    // A logged visit or a closed file changes the row: dates, status, history.
    connect(m_detail, &HouseholdDetailPanel::householdChanged, this, &HouseholdsView::refresh);
    m_ui->tableView->setModel(m_model);
    m_detail->setObjectName(QStringLiteral("householdDetail"));
    m_ui->splitter->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdsView::showCurrentHousehold);

    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->tableView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) {
        openFile(i.siblingAtColumn(0).data(HouseholdListModel::IdRole).toString());
    });
    connect(m_ui->newHouseholdButton, &QPushButton::clicked, this, [this] {
        openFile({});
    });
    connect(m_detail, &HouseholdDetailPanel::fileRequested, this,
            [this](const QString &id, const QString &visitId, const QDate &date) {
                openFile(id, visitId, date);
            });
    m_ui->errorLabel->hide();
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(palette);
    // Rows arrive in batches as the user scrolls; keep the count honest.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HouseholdsView::updateCount);
    m_ui->headingLabel->setText(title());
    refresh();
}

HouseholdsView::~HouseholdsView() = default;

QString HouseholdsView::title() const
{
    return tr("Households");
}

void HouseholdsView::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->headingLabel->setText(title());
    m_model->retranslate();
    updateCount();
}

void HouseholdsView::refresh()
{
    m_model->setFilter(m_search->filter());
    const Status status = m_model->reload();
    if (status.ok()) {
        m_ui->errorLabel->hide();
        // Only the first batch is measured, which is what the user sees first.
        m_ui->tableView->resizeColumnsToContents();
    } else {
        const Error &error = status.error();
        m_ui->errorLabel->setText(
            tr("The households could not be read: %1")
                .arg(Error{error.message, QDir::toNativeSeparators(error.where)}.toString()));
        m_ui->errorLabel->show();
    }
    updateCount();
    // The reload reset the selection without a signal; the panel re-reads too.
    m_detail->setHousehold({});
    showCurrentHousehold();
}

void HouseholdsView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_ui->countLabel->clear();
        return;
    }
    QString text = m_model->filter().isEmpty()
                       ? tr("%n household(s) in this database.", nullptr, int(total))
                       : tr("%n household(s) match.", nullptr, int(total));
    if (m_model->rowCount() < total)
        text += QLatin1Char(' ') + tr("Showing the first %1; more load as you scroll.")
                                       .arg(QLocale().toString(m_model->rowCount()));
    m_ui->countLabel->setText(text);
}

void HouseholdsView::showCurrentHousehold()
{
    const QModelIndex current = m_ui->tableView->selectionModel()->currentIndex();
    const QString id = current.isValid()
                           ? current.siblingAtColumn(0).data(HouseholdListModel::IdRole).toString()
                           : QString();
    if (id != m_detail->household())
        m_detail->setHousehold(id);
}

void HouseholdsView::showHousehold(const QString &id)
{
    m_ui->tableView->clearSelection();
    m_detail->setHousehold(id);
}

int HouseholdsView::openFile(const QString &id, const QString &visitId, const QDate &visitDate)
{
    HouseholdFileDialog dialog(m_workspace, id, m_search->filter().divisionCode, this);
    if (dialog.loadError()) {
        ErrorDialog::show(this, tr("Household file"), *dialog.loadError());
        return QDialog::Rejected;
    }
    if (!visitId.isEmpty())
        dialog.setVisit(visitId, visitDate);
    QString other;
    connect(&dialog, &HouseholdFileDialog::openHousehold, this,
            [&other](const QString &otherId) { other = otherId; });
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        refresh();
        showHousehold(dialog.householdId());
    } else if (!other.isEmpty()) {
        // The link to a person's existing file: show it and open it.
        showHousehold(other);
        QTimer::singleShot(0, this, [this, other] { openFile(other); });
    }
    return result;
}
