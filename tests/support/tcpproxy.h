#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace Stockroom::Tests {

// A TCP proxy in front of the test server, on a thread of its own, that a test can cut (every
// connection dropped, new ones refused: the server "went away") and restore on the same port.
class TcpProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProxy)

public:
    TcpProxy(QString targetHost, quint16 targetPort);
    ~TcpProxy() override;

    quint16 port() const { return m_port; }
    bool start(); // listens on a free port; true when it does
    void cut();
    bool restore();
    // While on, an answer from the server ends its connection instead of reaching the client: the server did the
    // work (a call's reply comes after its commit), the client never hears of it.
    void loseReplies(bool on);

private:
    bool listenNow();
    void cutNow();
    void accept();

    QThread *m_thread;
    QTcpServer *m_server = nullptr;
    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    bool m_loseReplies = false;
};

} // namespace Stockroom::Tests
