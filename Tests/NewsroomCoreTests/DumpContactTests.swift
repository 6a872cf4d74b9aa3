import Testing
@testable import NewsroomCore

/// The editor contact block (spec "contact block").
@Suite struct DumpContactTests {
    func contacts(_ groups: [[String]]) throws -> [Contact] {
        var fixture = DumpFixture()
        fixture.contacts = groups
        return try fixture.parse().contacts
    }

    @Test func twoEditorsSplitByABlankLine() throws {
        let result = try contacts([
            ["Paula Prüfer", "Redakteurin", "+49 (0) 40 5550123", "eMail"],
            ["Otto Oberlin", "Chefredakteur", "+49 (0) 40 5550124", "facebook", "LinkedIn"],
        ])
        #expect(result == [
            Contact(name: "Paula Prüfer", role: "Redakteurin", phone: "+49 (0) 40 5550123", channels: ["eMail"]),
            Contact(name: "Otto Oberlin", role: "Chefredakteur", phone: "+49 (0) 40 5550124", channels: ["facebook", "LinkedIn"]),
        ])
    }

    @Test func faxAndEmailLines() throws {
        let result = try contacts([["Paula Prüfer", "Redakteurin", "+49 (0) 40 5550123", "Fax:  +49 (0) 40 5550199 ", "p.pruefer@testblatt.example", "eMail"]])
        #expect(result == [
            Contact(
                name: "Paula Prüfer", role: "Redakteurin", phone: "+49 (0) 40 5550123", fax: "+49 (0) 40 5550199",
                email: "p.pruefer@testblatt.example", channels: ["eMail"])
        ])
    }

    @Test(arguments: [
        ["Paula Prüfer", "+49 (0) 40 5550123", "eMail"],
        ["Paula Prüfer", "Fax: +49 (0) 40 5550199", "eMail"],
        ["Paula Prüfer", "p.pruefer@testblatt.example", "eMail"],
    ])
    func roleMissingWhenLineTwoIsAContactLine(group: [String]) throws {
        let contact = try #require(try contacts([group]).first)
        #expect(contact.role == nil)
        #expect(contact.channels == ["eMail"])
        #expect(contact.phone != nil || contact.fax != nil || contact.email != nil)
    }

    @Test func nameOnly() throws {
        #expect(try contacts([["Paula Prüfer"]]) == [Contact(name: "Paula Prüfer")])
    }

    @Test(arguments: ["12345", "+49 (0) 40 abc", "Telefon", "+49"])
    func linesThatAreNoPhone(line: String) throws {
        let contact = try #require(try contacts([["Paula Prüfer", "Redakteurin", line]]).first)
        #expect(contact.phone == nil)
        #expect(contact.channels == [line])
    }

    @Test(arguments: ["p@example", "@example.org", "p@.org", "p q@example.org", "a@b@c.de"])
    func linesThatAreNoEmail(line: String) throws {
        let contact = try #require(try contacts([["Paula Prüfer", "Redakteurin", line]]).first)
        #expect(contact.email == nil)
    }

    @Test func secondPhoneIsKeptAsChannel() throws {
        let contact = try #require(try contacts([["Paula Prüfer", "Redakteurin", "+49 (0) 40 5550123", "0171 5550123"]]).first)
        #expect(contact.phone == "+49 (0) 40 5550123")
        #expect(contact.channels == ["0171 5550123"])
    }
}
