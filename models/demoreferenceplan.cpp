// The published Yueyang city union plan of 2014 (../shared/reference) in the
// demo: read from the plan file that ships with Bangfu, compiled in, and
// imported as the administrator imports any plan file, so the demo holds the
// file's plan exactly — its id, rules and notes — to try the payout
// calculator against the reference's worked examples. No claims use it.
#include "democontext.h"
#include "maplanimport.h"
#include "maplanjson.h"

Status writeReferencePlans(DemoContext &ctx, DemoRandom &rng)
{
    const MaPlanJson::Contents contents = MaPlanJson::readFile(DemoData::yueyangPlanFile());
    if (!contents.ok())
        return contents.problems.constFirst();
    // Entered when the office set Bangfu up, as a reference beside its own plans.
    auto writer = ctx.writerAt(ctx.users.admin, ctx.setupStamp(rng));
    if (!writer)
        return writer.error();
    auto imported = MaPlanImport::apply(**writer, contents.plans);
    return imported ? Status() : Status(imported.error());
}
