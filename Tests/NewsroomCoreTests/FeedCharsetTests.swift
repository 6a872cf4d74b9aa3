import Testing
@testable import NewsroomCore

/// Feeds in the legacy charsets news sites still publish, decoded through `Charset`: the
/// byte order mark, then the transport's charset, then the XML declaration.
@Suite struct FeedCharsetTests {
    static let cases: [(label: String, file: String, title: String)] = [
        ("windows-1251", "rss-windows-1251.xml", "Новости дня: «Щи» и ёлка"),
        ("KOI8-R", "rss-koi8-r.xml", "Новости дня: Щи и ёлка"),
        ("ISO-8859-2", "rss-iso-8859-2.xml", "Łódź, Kraków i Žilina"),
        ("ISO-8859-7", "rss-iso-8859-7.xml", "Ειδήσεις της ημέρας"),
        ("ISO-8859-15", "rss-iso-8859-15.xml", "Prix 5 € pour l'œuvre de Šárka"),
        ("GB2312", "rss-gb2312.xml", "今日新闻标题"),
        ("GBK", "rss-gbk.xml", "今日新聞標題"),
        ("GB18030", "rss-gb18030.xml", "新闻 € 𠀀"),
        ("Big5", "rss-big5.xml", "今日新聞標題"),
        ("Shift_JIS", "rss-shift_jis.xml", "日本のニュース（速報）"),
        ("EUC-JP", "rss-euc-jp.xml", "日本のニュース（速報）"),
        ("EUC-KR", "rss-euc-kr.xml", "오늘의 한국 뉴스"),
    ]

    @Test(arguments: cases.map(\.label))
    func theDeclaredCharsetIsDecoded(label: String) throws {
        let entry = try #require(Self.cases.first { $0.label == label })
        let feed = try InputParser.parseFeed(bytes: feedFixture("charsets/\(entry.file)"))
        #expect(feed.title == entry.title)
        #expect(feed.articles.first?.title == entry.title)
        #expect(feed.articles.first?.teaser == entry.title)
    }

    @Test func theTransportCharsetOverridesTheDeclaration() throws {
        // KOI8-R bytes in a feed that declares windows-1251; the HTTP response said KOI8-R.
        let bytes = try feedFixture("charsets/rss-koi8r-declared-1251.xml")
        #expect(try InputParser.parseFeed(bytes: bytes, charset: "koi8-r").title == "Щи и ёлка")
        #expect(try InputParser.parseFeed(bytes: bytes).title != "Щи и ёлка")
    }

    @Test func aByteOrderMarkOverridesTheTransport() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("<rss><channel><title>Brøndby</title></channel></rss>".utf8)
        #expect(try InputParser.parseFeed(bytes: bytes, charset: "windows-1251").title == "Brøndby")
    }

    @Test func aLatin1DeclarationOnUTF8BytesIsReadAsUTF8() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Brøndby IF</title></channel></rss>"
        #expect(try InputParser.parseFeed(bytes: Array(xml.utf8)).title == "Brøndby IF")
        #expect(try InputParser.parseFeed(bytes: Array(xml.utf8), charset: "windows-1252").title == "Brøndby IF")
    }

    @Test func atomFeedsDecodeTheSameWay() throws {
        let feed = try InputParser.parseFeed(bytes: feedFixture("charsets/atom-euc-jp.xml"))
        #expect(feed.title == "日本のニュース")
        #expect(feed.articles.first?.title == "速報：地震")
        #expect(feed.articles.first?.teaser == "東京で地震")
    }

    @Test func anUnknownCharsetIsOneClearError() throws {
        let bytes = try feedFixture("charsets/rss-unknown-charset.xml")
        #expect(throws: InputError.malformed("unknown character encoding \"x-klingon-7\"")) {
            try InputParser.parseFeed(bytes: bytes)
        }
        #expect(throws: InputError.malformed("unknown character encoding \"x-nope\"")) {
            try InputParser.parseFeed(bytes: Array("<rss><channel><title>a</title></channel></rss>".utf8), charset: "x-nope")
        }
    }

    @Test func aUTF16DeclarationOnASCIIBytesIsIgnored() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>Zürich</title></channel></rss>"
        #expect(try InputParser.parseFeed(bytes: Array(xml.utf8)).title == "Zürich")
    }

    @Test func theContentTypeCharsetParameterIsTheTransportLabel() {
        #expect(Charset.label(inContentType: "application/rss+xml; charset=KOI8-R") == "KOI8-R")
        #expect(Charset.label(inContentType: "text/xml;Charset=\"windows-1251\"") == "windows-1251")
        #expect(Charset.label(inContentType: "text/xml") == nil)
        #expect(Charset.label(inContentType: "text/xml; charset=") == nil)
    }
}
