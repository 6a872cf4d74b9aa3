/// Character references, shared by the XML reader and the HTML converter (one decoder).
///
/// XML only predefines five names; feeds routinely use HTML names (`&eacute;`, `&nbsp;`) in
/// XML text as well, so unknown names fall back to the HTML table instead of being dropped.
/// A name that is not in the table stays literally in the text (`&bogus;`).
enum Entities {
    /// Decodes the reference starting at `p[start]` (which is `&`). Returns the scalar and the
    /// index after the reference, or nil when there is no recognisable reference there.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if p[i] == UInt8(ascii: "#") {
            i += 1
            var hex = false
            if i < end, p[i] | 0x20 == UInt8(ascii: "x") { hex = true; i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < end {
                let c = p[i]
                var d: UInt32
                if c >= 48 && c <= 57 { d = UInt32(c - 48) }
                else if hex, (c | 0x20) >= 97 && (c | 0x20) <= 102 { d = UInt32((c | 0x20) - 87) }
                else { break }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + d }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < end, p[i] == UInt8(ascii: ";") { i += 1 }
            return (numericScalar(value), i)
        }
        // The XML five, without a dictionary lookup (escaped HTML is full of them).
        if i + 2 < end, p[i + 2] == UInt8(ascii: ";") {
            if p[i] == UInt8(ascii: "l") && p[i + 1] == UInt8(ascii: "t") { return ("<", i + 3) }
            if p[i] == UInt8(ascii: "g") && p[i + 1] == UInt8(ascii: "t") { return (">", i + 3) }
        }
        if XMLScan.hasPrefix(p, i, end, "amp;") { return ("&", i + 4) }
        if XMLScan.hasPrefix(p, i, end, "quot;") { return ("\"", i + 5) }
        if XMLScan.hasPrefix(p, i, end, "apos;") { return ("'", i + 5) }
        // Named: letters and digits up to `;`, at most 32 of them.
        let nameStart = i
        while i < end, i - nameStart < 32, isAlnum(p[i]) { i += 1 }
        let nameEnd = i
        guard nameEnd > nameStart else { return nil }
        if i < end, p[i] == UInt8(ascii: ";") {
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd]), as: UTF8.self)
            guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, i + 1)
        }
        // Legacy references without `;` (`&amp` in hand-written HTML): only the XML five.
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd]), as: UTF8.self)
        switch name {
        case "amp": return ("&", nameEnd)
        case "lt": return ("<", nameEnd)
        case "gt": return (">", nameEnd)
        case "quot": return ("\"", nameEnd)
        default: return nil
        }
    }

    /// HTML's reading of a reference at `p[start]` (`&`): `decode`, plus the legacy names that
    /// pages write without `;` (`&nbsp`, `&copy`, `&eacute`: the Latin-1 set), longest first.
    /// In an attribute value a reference without `;` followed by a letter, digit or `=` stays
    /// literal, so `?a=1&copy=2` in a link is left alone.
    static func decodeHTML(_ p: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, inAttribute: Bool) -> (Unicode.Scalar, Int)? {
        if let (scalar, next) = decode(p, at: start, end: end) {
            if inAttribute, p[next - 1] != UInt8(ascii: ";"), next < end, isAlnum(p[next]) || p[next] == UInt8(ascii: "=") { return nil }
            return (scalar, next)
        }
        let nameStart = start + 1
        var k = nameStart
        while k < end, k - nameStart < 6, isAlnum(p[k]) { k += 1 }
        var length = k - nameStart
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[nameStart..<(nameStart + length)]), as: UTF8.self)
            if legacyNames.contains(name), let value = named[name] ?? named[name.lowercased()], let scalar = Unicode.Scalar(value) {
                let next = nameStart + length
                if inAttribute, next < end, isAlnum(p[next]) || p[next] == UInt8(ascii: "=") { return nil }
                return (scalar, next)
            }
            length -= 1
        }
        return nil
    }

    /// The names HTML decodes without a `;`: the Latin-1 set and the XML four, some in upper case too.
    static let legacyNames: Set<String> = {
        var names = Set(named.filter { $0.value >= 0xA0 && $0.value <= 0xFF }.keys)
        names.formUnion(["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG"])
        names.remove("half")
        return names
    }()

    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)
    }

    /// HTML's rules for numeric references: 0, surrogates and out-of-range values become
    /// U+FFFD; 0x80-0x9F are read as windows-1252 (what every browser does with `&#150;`).
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F { return Windows1252.scalar(UInt8(value)) }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Appends the UTF-8 of `scalar` to `out`.
    @inline(__always) static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    /// The XML five plus the HTML 4 set (Latin-1, symbols, Greek, typography) and a few HTML5 names.
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = ["quot": 34, "amp": 38, "apos": 39, "lt": 60, "gt": 62]
        // U+00A0 ... U+00FF in code-point order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn \
            sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave \
            Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN \
            szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute \
            icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml \
            yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() { table[String(name)] = 0xA0 + UInt32(offset) }
        let greekUpper = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega"
        for (offset, name) in greekUpper.split(separator: " ").enumerated() where name != "_" {
            table[String(name)] = 0x391 + UInt32(offset)
            table[String(name).lowercased()] = 0x3B1 + UInt32(offset)
        }
        let others = """
            sigmaf 962 thetasym 977 upsih 978 piv 982 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 \
            fnof 402 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 \
            hyphen 8208 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 \
            bdquo 8222 dagger 8224 Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 \
            lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 euro 8364 image 8465 weierp 8472 real 8476 \
            trade 8482 alefsym 8501 larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 \
            lArr 8656 uArr 8657 rArr 8658 dArr 8659 hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 \
            nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 \
            prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745 cup 8746 int 8747 there4 8756 sim 8764 \
            cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 sup 8835 nsub 8836 sube 8838 \
            supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 lceil 8968 rceil 8969 lfloor 8970 \
            rfloor 8971 lang 9001 rang 9002 loz 9674 spades 9824 clubs 9827 hearts 9829 diams 9830 \
            nbhy 8209 NoBreak 8288 check 10003 star 9734 starf 9733 half 189 laquo 171 raquo 187 dash 8208 \
            horbar 8213 Vert 8214 vert 124 colon 58 comma 44 period 46 excl 33 quest 63 num 35 dollar 36 \
            percnt 37 lpar 40 rpar 41 ast 42 plus 43 sol 47 semi 59 equals 61 commat 64 lsqb 91 bsol 92 \
            rsqb 93 lowbar 95 grave 96 lcub 123 verbar 124 rcub 125 Tab 9 NewLine 10
            """
        let parts = others.split(separator: " ")
        var index = 0
        while index + 1 < parts.count {
            if let value = UInt32(parts[index + 1]) { table[String(parts[index])] = value }
            index += 2
        }
        return table
    }()
}

/// windows-1252, which is also what `ISO-8859-1` means in practice (the WHATWG encoding rule).
enum Windows1252 {
    /// 0x80...0x9F; 0 marks the five undefined bytes, which keep their C1 code point.
    private static let high: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte <= 0x9F {
            let mapped = high[Int(byte - 0x80)]
            return Unicode.Scalar(mapped == 0 ? UInt32(byte) : UInt32(mapped)) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(byte)
    }
}
