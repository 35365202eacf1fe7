// ClaimsView: the medical mutual-aid area — the claims, found by member,
// ID number, claim or invoice number and narrowed by status and plan year;
// beside the list the chosen claim's statement with every step of its
// payout; buttons for what the signed-in user may do with it now: enter a
// claim for an enrolled member, open it, submit, approve, reject, record the
// payment, print or save the one-page statement, manage enrolments.
#pragma once

#include "areaview.h"
#include "error.h"

#include <memory>

namespace Ui {
class ClaimsView;
}
class MaClaimListModel;
class Workspace;

class ClaimsView : public AreaView
{
    Q_OBJECT

public:
    explicit ClaimsView(Workspace &workspace, QWidget *parent = nullptr);
    ~ClaimsView() override;

    QString title() const override;
    void refresh() override;
    MaClaimListModel *model() const { return m_model; }
    /// The claim selected in the list; empty when none.
    QString currentClaim() const;
    /// Selects claim \a id when the list shows it.
    void selectClaim(const QString &id);

    /// The actions behind the buttons, for the buttons and tests. Each shows
    /// its refusal in the view and returns it.
    Status newClaim();
    Status openClaim();
    Status submit();
    Status approve();
    Status reject(const QString &reason);
    Status markPaid(const QDate &paidOn, const QString &reference);
    Status saveStatementPdf(const QString &path);

protected:
    void retranslate() override;

private:
    void fillFilters();
    void showCurrent();
    void updateButtons();
    void showError(const Status &status);
    Status decide(const std::function<Status(class AuditedWriter &, const QString &)> &action);
    void printStatement();

    std::unique_ptr<Ui::ClaimsView> m_ui;
    Workspace &m_workspace;
    MaClaimListModel *m_model;
};
