#pragma once

#include "collection.h"
#include "viewcontext.h"

#include <QSet>
#include <QWidget>

// One of the kiosk's sections (Home, News, ...). A section may go deeper than its first
// screen (a list, then an item); the window's Back button takes it one level up, and
// reset() brings it back to its first screen with anything typed into it gone.
class Section : public QWidget
{
    Q_OBJECT

public:
    explicit Section(const ViewContext &context, QWidget *parent = nullptr);

    const ViewContext &context() const { return m_context; }

    // How many touches on Back lead to the section's first screen.
    virtual int depth() const { return 0; }
    // One level up; false when already at the first screen.
    virtual bool goBack() { return false; }
    // First screen, forms emptied, scrolled to the top.
    virtual void reset() {}
    // The cache changed: show what is new without losing the person's place.
    virtual void refresh() {}
    // Only these collections changed; a section that shows several may refresh just those.
    virtual void refreshChanged(const QSet<Collection> &changed)
    {
        Q_UNUSED(changed)
        refresh();
    }
    // The cache changed while this section was out of sight: it refreshes when next shown, so
    // that a sync refreshes one section, not eight (a large municipality's lists take a while).
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    // Refreshes now if the cache changed since the last refresh (before opening an item).
    void refreshIfStale();
    // Shows one item of a collection this section presents; false if it has no such item.
    virtual bool openItem(Collection collection, const QString &id);
    // What is on screen now, as plain text to read aloud (see ReadableText): an open item's
    // title and text; at a list, its name and the entries in sight; in a form, the step's
    // questions and instructions, never the answers. Empty when there is nothing to read.
    virtual QString readableText() const;

signals:
    void depthChanged();
    // Another section should show this item (Home's highlights open in News, ...).
    void openRequested(Collection collection, const QString &id);

protected:
    virtual void retranslate() {}
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    ViewContext m_context;
    bool m_stale = false;
};
