import Testing
@testable import NewsroomCore

@Suite struct CharsetTests {
    private func decoded(_ bytes: [UInt8], transport: String? = nil, declared: String? = nil) throws -> String {
        String(decoding: try Charset.decode(bytes, transport: transport, declared: declared).utf8, as: UTF8.self)
    }

    @Test func decodesTheCharsetsNewsSitesUse() throws {
        // "Цитата" in windows-1251 and KOI8-R, "Ελλάδα" in ISO-8859-7, "中文" in GB2312,
        // "日本" in Shift_JIS, "한국" in EUC-KR, "Łódź" in ISO-8859-2.
        #expect(try decoded([0xD6, 0xE8, 0xF2, 0xE0, 0xF2, 0xE0], declared: "windows-1251") == "Цитата")
        #expect(try decoded([0xE3, 0xC9, 0xD4, 0xC1, 0xD4, 0xC1], declared: "KOI8-R") == "Цитата")
        #expect(try decoded([0xC5, 0xEB, 0xEB, 0xDC, 0xE4, 0xE1], declared: "iso-8859-7") == "Ελλάδα")
        #expect(try decoded([0xD6, 0xD0, 0xCE, 0xC4], declared: "gb2312") == "中文")
        #expect(try decoded([0x93, 0xFA, 0x96, 0x7B], declared: "Shift_JIS") == "日本")
        #expect(try decoded([0xC7, 0xD1, 0xB1, 0xB9], declared: "euc-kr") == "한국")
        #expect(try decoded([0xA3, 0xF3, 0x64, 0xBC], declared: "ISO-8859-2") == "Łódź")
        #expect(try decoded([0xA4], declared: "iso-8859-15") == "€")
    }

    @Test func latin1LabelsAreWindows1252() throws {
        // 0x80 and 0x93/0x94 are € and curly quotes, never C1 controls.
        #expect(try decoded([0x80, 0x20, 0x93, 0x61, 0x94], declared: "iso-8859-1") == "€ “a”")
        #expect(try decoded([0x80], declared: "us-ascii") == "€")
    }

    @Test func precedenceIsByteOrderMarkThenTransportThenDocument() throws {
        let cyrillic: [UInt8] = [0xD6, 0xE8]
        #expect(try decoded(cyrillic, transport: "windows-1251", declared: "iso-8859-7") == "Ци")
        #expect(try Charset.decode(cyrillic, transport: "windows-1251").source == .transport)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF, 0xC3, 0xBC]
        #expect(try decoded(bom, transport: "windows-1251") == "ü")
        #expect(try decoded([0xFF, 0xFE, 0x41, 0x00, 0xFC, 0x00], declared: "iso-8859-7") == "Aü")
        #expect(try decoded([0xC3, 0xBC]) == "ü")
    }

    @Test func aLatin1LabelOnValidMultiByteUTF8IsReadAsUTF8() throws {
        let text = "Brøndby"
        let result = try Charset.decode(Array(text.utf8), declared: "ISO-8859-1")
        #expect(String(decoding: result.utf8, as: UTF8.self) == text)
        #expect(result.charset == "UTF-8")
        // Invalid UTF-8 labelled UTF-8 is windows-1252.
        #expect(try decoded([0x42, 0x72, 0xF8, 0x6E], declared: "utf-8") == "Brøn")
    }

    @Test func anUnknownLabelIsAnErrorNotReplacementCharacters() {
        #expect(throws: CharsetError(label: "x-no-such-charset")) {
            try Charset.decode([0x41], declared: "x-no-such-charset")
        }
        #expect(CharsetError(label: "x-nope").description == "unknown character encoding \"x-nope\"")
    }

    @Test func invalidBytesBecomeOneReplacementEachAndTheRestIsKept() throws {
        // 0x98 is unassigned in windows-1251; a lone lead byte ends the Shift_JIS text.
        #expect(try decoded([0xD6, 0x98, 0xE8], declared: "windows-1251") == "Ц\u{FFFD}и")
        #expect(try decoded([0x41, 0x93], declared: "shift_jis") == "A\u{FFFD}")
    }

    @Test func longInputsGrowTheOutputBuffer() throws {
        let bytes = [UInt8](repeating: 0xD6, count: 100_000)
        #expect(try decoded(bytes, declared: "windows-1251") == String(repeating: "Ц", count: 100_000))
    }
}
