import Foundation
import Testing
@testable import NewsroomCore

/// Whole pages of our own writing (`Fixtures/html/`), one CMS shape each, for the fields the
/// 181-page benchmark does not score: title, published date with its UTC offset, authors and
/// contact blocks.
@Suite struct HTMLPageFixtureTests {
    private func page(_ name: String) throws -> Article {
        let base = try #require(Bundle.module.resourceURL)
        let bytes = Array(try Data(contentsOf: base.appendingPathComponent("Fixtures/html/\(name)")))
        return try HTMLArticleExtractor.extract(bytes: bytes, url: "https://example.com/\(name)")
    }

    /// The instant `iso` denotes (any offset may write it), in seconds since 1970.
    private func instant(_ iso: String) -> Int64? { HTMLPageDate.iso(iso)?.secondsSince1970 }

    /// WordPress: `entry-date published` time with a negative offset (the `updated` one is not
    /// the date), an `author vcard` byline, and a marked author box with role, phone and e-mail.
    @Test func wordPressAuthorBox() throws {
        let article = try page("author-box-wordpress.html")
        #expect(article.title == "New tram line opens to the harbour")
        #expect(article.published?.secondsSince1970 == instant("2024-05-03T18:05:00Z"))
        #expect(article.published?.iso8601 == "2024-05-03T14:05:00-04:00")
        #expect(article.contacts == [Contact(name: "Maria Lopez", role: "Transport reporter", phone: "+1 617 555 0134",
                                             email: "maria.lopez@example.com")])
        #expect(article.body.count == 3)
        #expect(!article.body.joined().contains("Maria Lopez"))
        #expect(!article.body.joined().contains("waited for this tram"))
        #expect(article.copyright == "© 2024 Bay City Courier")
    }

    /// JSON-LD with OpenGraph: the Person author with job title and phone, a `+0000` offset
    /// without a colon; an hCard press contact with work phone, fax and e-mail, read once (not
    /// again as an editor box, which would make "Clara Hoffmann, Press officer" a second person).
    @Test func jsonLDAuthorAndHCardPressContact() throws {
        let article = try page("hcard-press-contact.html")
        #expect(article.title == "Wind farm cooperative doubles its output")
        #expect(article.published?.secondsSince1970 == instant("2024-02-29T23:30:00Z"))
        #expect(article.teaser == "Members voted for four new turbines.")
        #expect(article.contacts == [
            Contact(name: "Jonas Falk", role: "Energy correspondent", phone: "+49 40 555 210"),
            Contact(name: "Clara Hoffmann", role: "Press officer", phone: "+49 40 555 200", fax: "+49 40 555 299",
                    email: "presse@example.org"),
        ])
        #expect(article.body.count == 2)
    }

    /// An old table layout in ISO-8859-1 (read as windows-1252): `<br><br>` paragraphs in a
    /// `<td>`, a German date line (winter: +01:00), a "Von" byline and an editor box in a
    /// table cell without any class names, with a visible e-mail address.
    @Test func latin1TableLayoutWithEditorBox() throws {
        let article = try page("old-table-latin1.html")
        #expect(article.title == "Fähre fährt wieder")
        #expect(article.published?.secondsSince1970 == instant("2024-01-15T09:47:00Z"))
        #expect(article.published?.iso8601 == "2024-01-15T10:47:00+01:00")
        #expect(article.contacts == [Contact(name: "Jürgen Weiß", role: "Redakteur Lokales", phone: "04621 777-123",
                                             email: "j.weiss@example.de")])
        #expect(article.body.count == 3)
        #expect(article.body[0].hasPrefix("Die Fähre zu den Inseln"))
        #expect(!article.body.joined().contains("Startseite"))
        #expect(!article.body.joined().contains("Von Jürgen"))
        #expect(article.copyright == "© 2024 Inselbote Verlag")
    }
}
