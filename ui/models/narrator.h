#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTextToSpeech;

// Reads text aloud with Qt TextToSpeech where a speech engine is installed, and says plainly
// when there is none, so the window can leave the read-aloud button out instead of offering
// something that stays silent. Prefers speech-dispatcher (it drives espeak-ng, with voices for
// Spanish), then flite (English voices only). The engine "none" turns read-aloud off.
class Narrator : public QObject
{
    Q_OBJECT

public:
    // `engine` empty: the best one installed that starts.
    explicit Narrator(const QString &engine = {}, QObject *parent = nullptr);
    ~Narrator() override;

    // An engine loaded and able to speak.
    bool available() const;
    // Why not, in plain words for the log; empty when available.
    QString unavailableReason() const;
    // The engine loaded (even one that cannot speak here), empty for none.
    QString engineName() const;
    // Whether the engine has a voice for the locale's language.
    bool hasVoiceFor(const QLocale &locale) const;

    // Reads `text` with a voice of the locale's language, stopping whatever was being read.
    // Nothing happens when no engine is available; without a voice for the language,
    // noVoiceForLanguage() is emitted instead (another language's voice would be gibberish).
    void speak(const QString &text, const QLocale &locale);
    void stop();
    bool speaking() const;
    // The last speak() found no voice for its language (cleared by the next one that does).
    bool voiceMissing() const { return m_voiceMissing; }

signals:
    void speakingChanged(bool speaking);
    void noVoiceForLanguage(const QLocale &locale);
    // The engine failed after starting (the audio device went away): read-aloud is off.
    void availableChanged(bool available);

private:
    bool load(const QString &engine);
    void fail(const QString &reason);
    QLocale voiceLocale(const QLocale &locale) const;

    QTextToSpeech *m_speech = nullptr;
    QString m_reason;
    bool m_failed = false;
    bool m_speaking = false;
    bool m_voiceMissing = false;
};
