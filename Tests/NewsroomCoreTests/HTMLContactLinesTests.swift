import Testing
@testable import NewsroomCore

/// The phone, fax and e-mail lines of editor boxes, as the byte scanner reads them.
@Suite struct HTMLContactLinesTests {
    @Test func phoneLines() {
        #expect(HTMLContactLines.phone("Tel.: 0821 123-456") == "0821 123-456")
        #expect(HTMLContactLines.phone("Telefon 089 / 12 34 56") == "089 / 12 34 56")
        #expect(HTMLContactLines.phone("PHONE: +1 (617) 555-0134") == "+1 (617) 555-0134")
        #expect(HTMLContactLines.phone("Mobil: 0170 – 123 45 67") == "0170 – 123 45 67")
        #expect(HTMLContactLines.phone("+49 30 1234567") == "+49 30 1234567")
        #expect(HTMLContactLines.phone("Tel.: 12345") == nil)  // too short
        #expect(HTMLContactLines.phone("Tel.: 0821 123-456 (Zentrale)") == nil)  // not the whole line
        #expect(HTMLContactLines.phone("Fax: 0821 123-457") == nil)
        #expect(HTMLContactLines.phone("15.01.2024, 10:47 Uhr") == nil)
    }

    @Test func faxLines() {
        #expect(HTMLContactLines.fax("Fax: 0821 123-457") == "0821 123-457")
        #expect(HTMLContactLines.fax("Telefax. 030/1234-99") == "030/1234-99")
        #expect(HTMLContactLines.fax("0821 123-457") == nil)  // the label is required
    }

    @Test func emailAddresses() {
        #expect(HTMLContactLines.email("E-Mail: j.weiss@example.de") == "j.weiss@example.de")
        #expect(HTMLContactLines.email("write to First.Last+news@mail.Example.COM today") == "First.Last+news@mail.Example.COM")
        #expect(HTMLContactLines.email("a@b.c1") == nil)
        #expect(HTMLContactLines.email("x@y and z@w.de") == "z@w.de")
        #expect(HTMLContactLines.email("@example.com") == nil)
        #expect(HTMLContactLines.email("no address here") == nil)
    }
}
