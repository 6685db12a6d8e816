#pragma once

#include "blobimages.h"
#include "contentitem.h"
#include "viewcontext.h"

#include <QColor>
#include <QList>
#include <QWidget>
#include <chrono>

class QGraphicsOpacityEffect;
class QLabel;
class QParallelAnimationGroup;
class QTimer;
class QVariantAnimation;

// The full-window page shown after a long idle: the newest news with their pictures, services
// with a problem, what is coming up on the noticeboard and a welcome, one at a time, with an
// invitation to touch. Any touch, click or key only wakes the kiosk (dismissed()) and goes no
// further. Against burn-in nothing stays put: every slide puts the content block and the
// invitation somewhere else, the background colour drifts, and the municipality's name moves
// with the block. Nothing runs between start() and stop() but one timer and a 1 s transition.
class AttractScreen final : public QWidget
{
    Q_OBJECT

public:
    AttractScreen(const ViewContext &context, const QString &municipality,
                  QWidget *parent = nullptr);

    // Reads the highlights again and begins cycling from the first.
    void start();
    // Stops every timer and animation; call when hidden (hiding it does so too).
    void stop();
    bool isCycling() const;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    void setMunicipality(const QString &municipality);

    int slideCount() const { return int(m_slides.size()); }
    int currentIndex() const { return m_index; }
    QString currentTitle() const;

    // Where the content block goes at placement step `step`, as fractions (0..1) of the room
    // left around it: a Halton sequence (bases 2 and 3), so that consecutive slides land far
    // apart and, over a cycle, the block visits the whole area evenly instead of returning to
    // a few spots.
    static QPointF placement(int step);

public slots:
    // The next highlight (wrapping round, and reading the cache again when it does).
    void showNext();

signals:
    // The screen was touched, clicked or a key pressed: the kiosk should wake up.
    void dismissed();
    void slideChanged(int index);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Kind
    {
        News,
        Service,
        Event,
        Call,
        Welcome,
    };
    struct Slide
    {
        Kind kind = Kind::Welcome;
        ContentItem item;
    };

    void load();
    void render();
    void place();
    void retranslate();
    int margin() const;
    int blockWidth() const;
    bool isCompact() const;
    void restyle();
    void moveOn();
    QColor driftColor(int step) const;
    QColor backgroundColor() const;
    QList<QPointF> spots() const;
    QSize blockSize() const;
    QSize pictureSize() const;
    QPixmap badge(const Slide &slide, QSize size) const;
    QString kicker(const Slide &slide) const;
    QString detail(const Slide &slide) const;

    ViewContext m_context;
    BlobImages m_images;
    QString m_municipality;
    QList<Slide> m_slides;
    int m_index = 0;
    int m_step = 0; // never reset by start(), so a wake-up does not always begin at one spot
    // The background between two placements: what it was when the transition began, and how
    // far the transition has come (1 at rest).
    QColor m_fromColor;
    QList<QPointF> m_fromSpots;
    double m_progress = 1.0;
    QTimer *m_timer;

    QWidget *m_content;
    QLabel *m_picture;
    QLabel *m_badge;
    QLabel *m_kicker;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_callToAction;
    QGraphicsOpacityEffect *m_contentFade;
    QGraphicsOpacityEffect *m_callFade;
    QVariantAnimation *m_drift;
    QParallelAnimationGroup *m_transition;
};
