#include "householdfiledialog.h"
#include "ui_householdfiledialog.h"

#include "codelabels.h"
#include "communities.h"
#include "divisions.h"
#include "fieldvisits.h"
#include "money.h"
#include "householdexit.h"
#include "householdfieldsmodel.h"
#include "householdfile.h"
#include "memberdelegate.h"
#include "membertablemodel.h"
#include "permissions.h"
#include "session.h"
#include "undoproxymodel.h"
#include "workspace.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QHeaderView>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

namespace {

using Field = HouseholdFieldsModel::Field;

QString householdLink(const RegisteredElsewhere &d)
{
    const QString target = d.fileNo.isEmpty() ? d.headName : d.fileNo;
    return QStringLiteral("%1 <a href=\"household:%2\">%3</a>")
        .arg(HouseholdFile::describe(d).toHtmlEscaped(), d.householdId,
             HouseholdFileDialog::tr("Open the file of %1").arg(target).toHtmlEscaped());
}

} // namespace

HouseholdFileDialog::HouseholdFileDialog(Workspace &workspace, const QString &householdId,
                                         const QString &divisionCode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdFileDialog>()), m_workspace(workspace),
      m_undo(new QUndoStack(this)), m_fields(new HouseholdFieldsModel(this)),
      m_members(new MemberTableModel(this)), m_fieldsProxy(new UndoProxyModel(m_undo, this)),
      m_membersProxy(new UndoProxyModel(m_undo, this)), m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);
    m_fieldsProxy->setSourceModel(m_fields);
    m_membersProxy->setSourceModel(m_members);

    if (!householdId.isEmpty()) {
        auto loaded = HouseholdFile::load(workspace.sql(), householdId);
        if (!loaded)
            m_loadError = loaded.error();
        else
            m_record = loaded.value();
    } else {
        m_record.divisionCode = divisionCode;
    }
    const auto &user = workspace.user();
    m_readOnly = HouseholdExit::isReadOnly(m_record.status) || !user ||
                 !Permissions::allows(user->role, Permission::EditHouseholds);
    m_fields->setReadOnly(m_readOnly);
    m_members->setReadOnly(m_readOnly);

    fillLists();
    setUpMapper();
    setUpMembers();

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);

    // Enter confirms a cell or a field; it never saves the whole file by surprise.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_ui->fileButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->messageLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(QLatin1String("household:")))
            return;
        emit openHousehold(link.mid(10));
        reject();
    });

    // Recompute after the edit has settled (a member's ID fills two more columns).
    auto *recompute = new QTimer(this);
    recompute->setSingleShot(true);
    recompute->setInterval(0);
    connect(recompute, &QTimer::timeout, this, [this] {
        updateAssessment();
        updateButtons();
    });
    auto changed = [recompute] { recompute->start(); };
    connect(m_fields, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_fields, &QAbstractItemModel::modelReset, this, changed);
    connect(m_members, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_members, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (from.column() <= MemberTableModel::IdCard &&
                    to.column() >= MemberTableModel::IdCard)
                    checkDuplicates();
            });
    connect(m_fields, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (from.column() <= Field::Division && to.column() >= Field::Division)
                    fillCommunities();
                if (from.column() <= Field::MainCause && to.column() >= Field::MainCause)
                    m_ui->secondaryCauses->setMainCause(m_fields->record().mainCause);
            });

    showRecord();
    retranslate();
}

HouseholdFileDialog::~HouseholdFileDialog() = default;

void HouseholdFileDialog::fillLists()
{
    using Kind = HouseholdCodes::Kind;
    QList<CodeLabel> divisions;
    if (auto list = Divisions::list(m_workspace.sql())) {
        for (const DivisionRow &d : list.value())
            divisions.append({d.code, d.name});
    }
    m_ui->divisionCombo->setCodes(divisions, tr("— choose —"));
    m_ui->housingCombo->setCodes(HouseholdCodes::list(Kind::Housing), tr("—"));
    m_ui->mainCauseCombo->setCodes(HouseholdCodes::list(Kind::Cause), tr("—"));
    QList<CodeLabel> categories;
    for (const QString &code : CodeLabels::hardshipCategories())
        categories.append({code, CodeLabels::hardshipCategory(code)});
    m_ui->categoryCombo->setCodes(categories, tr("As proposed"));
    fillCommunities();
}

void HouseholdFileDialog::fillCommunities()
{
    QList<CodeLabel> communities;
    const QString division = m_fields->record().divisionCode;
    if (auto list = Communities::list(m_workspace.sql(), division)) {
        for (const CommunityRow &c : list.value())
            communities.append({c.id, c.name});
    }
    const QString current = m_fields->record().communityId;
    m_ui->communityCombo->setCodes(communities, tr("— none —"));
    m_ui->communityCombo->setCode(current);
}

void HouseholdFileDialog::setUpMapper()
{
    m_mapper->setModel(m_fieldsProxy);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    const std::pair<QWidget *, Field> mapped[] = {
        {m_ui->divisionCombo, Field::Division},   {m_ui->communityCombo, Field::Community},
        {m_ui->addressEdit, Field::Address},      {m_ui->phoneEdit, Field::Phone},
        {m_ui->workUnitEdit, Field::WorkUnit},    {m_ui->housingCombo, Field::Housing},
        {m_ui->housingAreaEdit, Field::HousingArea}, {m_ui->mainCauseCombo, Field::MainCause},
        {m_ui->secondaryCauses, Field::SecondaryCauses}, {m_ui->bankNameEdit, Field::BankName},
        {m_ui->bankAccountEdit, Field::BankAccount}, {m_ui->bankHolderEdit, Field::BankHolder},
        {m_ui->notesEdit, Field::Notes},          {m_ui->surveyDateEdit, Field::SurveyDate},
        {m_ui->wagesEdit, Field::Wages},          {m_ui->businessEdit, Field::Business},
        {m_ui->pensionEdit, Field::Pension},      {m_ui->unemploymentEdit, Field::Unemployment},
        {m_ui->compensationEdit, Field::Compensation}, {m_ui->propertyEdit, Field::Property},
        {m_ui->maintenanceEdit, Field::Maintenance}, {m_ui->otherIncomeEdit, Field::OtherIncome},
        {m_ui->illnessEdit, Field::IllnessCost},  {m_ui->disabilityEdit, Field::DisabilityCost},
        {m_ui->schoolingEdit, Field::SchoolingCost}, {m_ui->jobEdit, Field::JobCost},
        {m_ui->accidentEdit, Field::AccidentLoss}, {m_ui->suddenEventCheck, Field::SuddenEvent},
        {m_ui->categoryCombo, Field::Category},   {m_ui->reasonEdit, Field::OverrideReason}};
    for (const auto &[widget, field] : mapped) {
        if (widget == m_ui->notesEdit)
            m_mapper->addMapping(widget, field, "plainText");
        else
            m_mapper->addMapping(widget, field);
        // Each finished edit is one step to undo: leaving a field submits it.
        widget->installEventFilter(this);
        widget->setEnabled(!m_readOnly);
    }
    auto submit = [this] { m_mapper->submit(); };
    for (auto *combo : {m_ui->divisionCombo, m_ui->communityCombo, m_ui->housingCombo,
                        m_ui->mainCauseCombo, m_ui->categoryCombo})
        connect(combo, &CodeComboBox::codeChosen, this, submit);
    connect(m_ui->secondaryCauses, &CauseChecklist::codesEdited, this, submit);
    connect(m_ui->suddenEventCheck, &QCheckBox::clicked, this, submit);
    connect(m_ui->surveyDateEdit, &QDateEdit::editingFinished, this, submit);
    for (auto *edit : m_ui->surveyTab->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::editingFinished, this, submit);
    for (auto *edit : m_ui->householdTab->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::editingFinished, this, submit);
    connect(m_ui->reasonEdit, &QLineEdit::editingFinished, this, submit);
}

void HouseholdFileDialog::setUpMembers()
{
    QTableView *view = m_ui->membersView;
    view->setModel(m_membersProxy);
    view->setItemDelegate(new MemberDelegate(view));
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setVisible(false);
    m_ui->addMemberButton->setEnabled(!m_readOnly);
    m_ui->removeMemberButton->setEnabled(!m_readOnly);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &HouseholdFileDialog::addMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this,
            &HouseholdFileDialog::removeMember);
    connect(m_ui->revealButton, &QPushButton::clicked, this, [this] {
        if (const Status s = revealSelected(); !s)
            showMessage(s.error().message.toHtmlEscaped());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdFileDialog::updateButtons);
}

bool HouseholdFileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_mapper->submit();
    return QDialog::eventFilter(watched, event);
}

void HouseholdFileDialog::showRecord()
{
    HouseholdRecord fields = m_record;
    if (!fields.survey.date.isValid())
        fields.survey.date = QDate::currentDate();
    m_fields->setRecord(fields);
    m_members->setMembers(m_record.members);
    fillCommunities();
    m_mapper->toFirst();
    m_ui->secondaryCauses->setMainCause(m_record.mainCause);
    m_ui->surveyDateEdit->setMaximumDate(QDate::currentDate());
    m_undo->clear();
    m_undo->setClean();
    fillSurveyHistory();
    updateAssessment();
    updateButtons();
}

void HouseholdFileDialog::setVisit(const QString &visitId, const QDate &date)
{
    m_visitId = visitId;
    m_fieldsProxy->setData(m_fieldsProxy->index(0, Field::SurveyDate), date);
    m_undo->clear();
}

HouseholdRecord HouseholdFileDialog::record() const
{
    HouseholdRecord r = m_fields->record();
    r.members = m_members->members();
    return r;
}

void HouseholdFileDialog::addMember()
{
    const int row = m_membersProxy->rowCount();
    if (!m_membersProxy->insertRowUndoable(row, tr("Add member")))
        return;
    const QModelIndex name = m_membersProxy->index(row, MemberTableModel::Name);
    m_ui->membersView->setCurrentIndex(name);
    m_ui->membersView->edit(name);
}

void HouseholdFileDialog::removeMember()
{
    const QModelIndex current = m_ui->membersView->currentIndex();
    if (current.isValid())
        m_membersProxy->removeRowUndoable(current.row(), tr("Remove member"));
}

Status HouseholdFileDialog::revealSelected()
{
    const int row = m_ui->membersView->currentIndex().row();
    if (row < 0 || !m_members->isMasked(row))
        return {};
    const QString memberId = m_members->member(row).id;
    // Recorded before it is shown: if the record cannot be written, the number stays hidden.
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) {
        return writer.recordReveal(QStringLiteral("members"), memberId,
                                   QStringLiteral("id_number"));
    });
    if (s)
        m_members->setRevealed(memberId);
    updateButtons();
    return s;
}

void HouseholdFileDialog::updateAssessment()
{
    const HouseholdRecord r = record();
    const auto result = HardshipAssessment::assess(
        m_workspace.sql(), HouseholdFile::assessmentInput(r, QDate::currentDate()));
    if (!result) {
        m_proposed.clear();
        m_ui->explanationView->setPlainText(result.error().message);
        m_ui->proposalValue->setText(tr("—"));
    } else {
        m_proposed = result->proposedCategory;
        QString html = QStringLiteral("<ol>");
        for (const QString &line : result->explanation)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        m_ui->explanationView->setHtml(html + QStringLiteral("</ol>"));
        m_ui->proposalValue->setText(
            QStringLiteral("<b>%1</b>").arg(CodeLabels::hardshipCategory(m_proposed)));
    }
    const QString chosen = r.category;
    m_ui->reasonEdit->setEnabled(!m_readOnly && !chosen.isEmpty() && chosen != m_proposed);
}

void HouseholdFileDialog::fillSurveyHistory()
{
    QTableWidget *table = m_ui->surveyHistoryView;
    const QStringList headers = {tr("Survey date"),       tr("Persons"),
                                 tr("Annual income"),     tr("Rigid expenditure"),
                                 tr("Per person a month"), tr("Assessed"),
                                 tr("Taken on")};
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QList<SurveySummary> surveys;
    if (!m_record.id.isEmpty()) {
        if (auto list = HouseholdFile::surveys(m_workspace.sql(), m_record.id))
            surveys = list.value();
    }
    table->setRowCount(int(surveys.size()));
    for (int row = 0; row < surveys.size(); ++row) {
        const SurveySummary &s = surveys.at(row);
        const QString cells[] = {
            s.date.toString(Qt::ISODate),
            QString::number(s.householdSize),
            Money::fromFen(s.annualIncomeFen).toString(),
            Money::fromFen(s.rigidExpenditureFen).toString(),
            s.perCapitaMonthlyFen ? Money::fromFen(*s.perCapitaMonthlyFen).toString() : tr("—"),
            s.category.isEmpty() ? tr("—") : CodeLabels::hardshipCategory(s.category),
            s.visitPurpose.isEmpty() ? tr("Entered in the file")
                                     : FieldVisits::purposeLabel(s.visitPurpose)};
        for (int column = 0; column < 7; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 1 && column <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    m_ui->historyGroup->setVisible(!surveys.isEmpty());
}

void HouseholdFileDialog::checkDuplicates()
{
    auto found = HouseholdFile::registeredElsewhere(m_workspace.sql(), record());
    if (!found || found->isEmpty()) {
        showMessage({});
        return;
    }
    QStringList lines;
    for (const RegisteredElsewhere &d : found.value())
        lines.append(householdLink(d));
    showMessage(lines.join(QStringLiteral("<br>")));
}

void HouseholdFileDialog::showMessage(const QString &html)
{
    m_ui->messageLabel->setText(
        html.isEmpty() ? QString() : QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(html));
    m_ui->messageLabel->setVisible(!html.isEmpty());
}

QString HouseholdFileDialog::messageText() const
{
    QTextDocument doc;
    doc.setHtml(m_ui->messageLabel->text());
    return doc.toPlainText();
}

void HouseholdFileDialog::showProblems(const QList<FileProblem> &problems)
{
    QStringList lines;
    for (const FileProblem &p : problems)
        lines.append(p.message.toHtmlEscaped());
    showMessage(lines.join(QStringLiteral("<br>")));
    const FileProblem &first = problems.first();
    if (first.member >= 0) {
        m_ui->tabs->setCurrentWidget(m_ui->membersTab);
        const int column = first.field == QLatin1String("id_number") ? MemberTableModel::IdCard
                           : first.field == QLatin1String("relationship")
                               ? MemberTableModel::Relationship
                               : MemberTableModel::Name;
        m_ui->membersView->setCurrentIndex(m_membersProxy->index(first.member, column));
        m_ui->membersView->setFocus();
        return;
    }
    const int field = HouseholdFieldsModel::fieldOfColumn(first.field);
    QWidget *widget = field >= 0 ? m_mapper->mappedWidgetAt(field) : nullptr;
    if (!widget) {
        m_ui->tabs->setCurrentWidget(m_ui->membersTab);
        return;
    }
    for (QWidget *tab : {m_ui->householdTab, m_ui->membersTab, m_ui->surveyTab,
                         m_ui->assessmentTab}) {
        if (tab->isAncestorOf(widget))
            m_ui->tabs->setCurrentWidget(tab);
    }
    widget->setFocus();
}

Status HouseholdFileDialog::save(bool file)
{
    if (m_readOnly)
        return Error{tr("This file cannot be changed.")};
    m_mapper->submit();
    // Moving the current cell commits and closes an editor left open in it.
    m_ui->membersView->setCurrentIndex({});
    HouseholdRecord r = record();
    r.categoryProposed = m_proposed;
    if (const QList<FileProblem> problems = HouseholdFile::check(r); !problems.isEmpty()) {
        showProblems(problems);
        return Error{problems.first().message, problems.first().field};
    }
    auto duplicates = HouseholdFile::registeredElsewhere(m_workspace.sql(), r);
    if (duplicates && !duplicates->isEmpty()) {
        checkDuplicates();
        m_ui->tabs->setCurrentWidget(m_ui->membersTab);
        return Error{HouseholdFile::describe(duplicates->first()), QStringLiteral("id_number")};
    }
    QString savedId;
    const Status s = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        SaveOptions options;
        options.file = file;
        options.visitId = m_visitId;
        auto id = HouseholdFile::save(writer, m_workspace.pinyin(), r, options);
        if (!id)
            return id.error();
        savedId = id.value();
        return {};
    });
    if (!s) {
        showMessage(s.error().message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        return s;
    }
    auto reloaded = HouseholdFile::load(m_workspace.sql(), savedId);
    if (reloaded)
        m_record = reloaded.value();
    else
        m_record.id = savedId;
    accept();
    return {};
}

void HouseholdFileDialog::updateButtons()
{
    const bool identified = m_fields->record().status == QLatin1String("identified");
    m_ui->saveButton->setVisible(!m_readOnly);
    m_ui->fileButton->setVisible(!m_readOnly && identified);
    m_ui->fileButton->setEnabled(!m_proposed.isEmpty());
    m_ui->removeMemberButton->setEnabled(!m_readOnly && m_members->rowCount() > 0);
    const int row = m_ui->membersView->currentIndex().row();
    m_ui->revealButton->setEnabled(row >= 0 && m_members->isMasked(row));
}

void HouseholdFileDialog::retranslate()
{
    const HouseholdRecord r = m_fields->record();
    m_ui->fileNoValue->setText(r.fileNo.isEmpty() ? tr("not filed yet") : r.fileNo);
    m_ui->statusValue->setText(CodeLabels::householdStatus(r.status));
    QString title = r.id.isEmpty() ? tr("New household") : tr("Household file");
    if (!r.fileNo.isEmpty())
        title = tr("Household file %1").arg(r.fileNo);
    if (m_readOnly)
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
    m_members->retranslate();
}

void HouseholdFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->secondaryCauses->retranslate();
        fillLists();
        m_mapper->revert();
        retranslate();
        fillSurveyHistory();
        updateAssessment();
    }
    QDialog::changeEvent(event);
}
