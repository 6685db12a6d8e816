#pragma once

#include <QTextBrowser>

// A read-only rich text view that never loads anything: no images, no style sheets, no local
// files, no network. Text from the server is escaped before it gets here (ItemPresenter);
// this is the second wall, in case an allow-listed tag ever names a resource.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    int resourceRequests() const { return m_resourceRequests; }

private:
    int m_resourceRequests = 0;
};
