// The one endpoint rule (app/core/endpointrule.h) used by the profile store, the profile form
// and the client: each URL with the typed reason it is refused for.

#include "app/core/endpointrule.h"

#include <QTest>

using vpw::EndpointProblem;

Q_DECLARE_METATYPE(std::optional<EndpointProblem>)

class TestEndpointRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void loopbackHosts_data();
    void loopbackHosts();
    void everyProblemHasText();
};

void TestEndpointRule::rule_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<std::optional<EndpointProblem>>("problem");
    const std::optional<EndpointProblem> ok;
    QTest::newRow("https host") << "https://api.example.com" << ok;
    QTest::newRow("https with path") << "https://api.example.com/emqx/" << ok;
    QTest::newRow("https with port") << "https://api.example.com:8443" << ok;
    QTest::newRow("HTTPS upper case") << "HTTPS://api.example.com" << ok;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << ok;
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7" << ok;
    QTest::newRow("http localhost") << "http://localhost:9000" << ok;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << ok;
    QTest::newRow("http ::1") << "http://[::1]:8080" << ok;
    QTest::newRow("http ::1 long form") << "http://[0:0:0:0:0:0:0:1]" << ok;
    QTest::newRow("http IPv4-mapped loopback") << "http://[::ffff:127.0.0.1]" << ok;
    const auto https = std::optional(EndpointProblem::HttpsRequired);
    QTest::newRow("http host") << "http://api.example.com" << https;
    QTest::newRow("http private address") << "http://192.168.1.10" << https;
    QTest::newRow("http localhost.example") << "http://localhost.example.com" << https;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << https;
    QTest::newRow("http 127 as a name") << "http://127.example.com" << https;
    QTest::newRow("http IPv6 not loopback") << "http://[::2]" << https;
    QTest::newRow("http IPv4-mapped other") << "http://[::ffff:10.0.0.1]" << https;
    QTest::newRow("empty") << QString() << std::optional(EndpointProblem::Empty);
    QTest::newRow("relative") << "api.example.com" << std::optional(EndpointProblem::NotAUrl);
    QTest::newRow("no host") << "https:///path" << std::optional(EndpointProblem::NotAUrl);
    QTest::newRow("ftp") << "ftp://api.example.com"
                         << std::optional(EndpointProblem::UnsupportedScheme);
    QTest::newRow("user and password")
        << "https://key:s3cr3tpw@api.example.com" << std::optional(EndpointProblem::UserInfo);
    QTest::newRow("user only") << "https://key@api.example.com"
                               << std::optional(EndpointProblem::UserInfo);
    QTest::newRow("credentials on loopback too")
        << "http://key:s3cr3tpw@127.0.0.1:8080" << std::optional(EndpointProblem::UserInfo);
    QTest::newRow("query") << "https://api.example.com/?token=x"
                           << std::optional(EndpointProblem::QueryOrFragment);
    QTest::newRow("fragment") << "https://api.example.com/#top"
                              << std::optional(EndpointProblem::QueryOrFragment);
}

void TestEndpointRule::rule() {
    QFETCH(QString, url);
    QFETCH(std::optional<EndpointProblem>, problem);
    const QUrl parsed(url);
    QCOMPARE(vpw::checkEndpoint(parsed), problem);
    if (problem) {
        const QString text = vpw::endpointProblemText(*problem, parsed);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QLatin1String("s3cr3tpw")), qPrintable(text)); // never echoed
    }
}

void TestEndpointRule::loopbackHosts_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("::ffff:127.0.0.2") << "::ffff:127.0.0.2" << true;
    QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
    QTest::newRow("127.0.0") << "127.0.0" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("example.com") << "example.com" << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEndpointRule::loopbackHosts() {
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(vpw::isLoopbackHost(host), loopback);
}

void TestEndpointRule::everyProblemHasText() {
    const QUrl url(QStringLiteral("http://api.example.com"));
    QStringList texts;
    for (const EndpointProblem problem :
         {EndpointProblem::Empty, EndpointProblem::NotAUrl, EndpointProblem::UnsupportedScheme,
          EndpointProblem::UserInfo, EndpointProblem::QueryOrFragment,
          EndpointProblem::HttpsRequired}) {
        const QString text = vpw::endpointProblemText(problem, url);
        QVERIFY(text.endsWith(QLatin1Char('.')));
        QVERIFY(!texts.contains(text));
        texts << text;
    }
    QVERIFY(texts.last().contains(QLatin1String("api.example.com")));
}

QTEST_GUILESS_MAIN(TestEndpointRule)
#include "tst_endpointrule.moc"
