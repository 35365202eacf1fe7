// fitHeightToContents: grows a shown dialog when a word-wrapped message
// appears in it, so that the message is never cut off at the bottom.
#pragma once

#include <QLayout>
#include <QWidget>

inline void fitHeightToContents(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}
