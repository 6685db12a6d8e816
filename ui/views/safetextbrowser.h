#pragma once

#include <QTextBrowser>

// A read-only rich text view that never loads anything: no images, no style sheets, no local
// files, no network. Text from the server is escaped before it gets here (ItemPresenter);
// this is the second wall, in case an allow-listed tag ever names a resource.
// Coloured text (secondary lines, a service's status) is kept at 7:1 against the background
// of the theme on screen, so the same page reads on the default and the high-contrast theme.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    int resourceRequests() const { return m_resourceRequests; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void keepColoursReadable();

    int m_resourceRequests = 0;
    bool m_adjusting = false;
};
