/// Tag names the HTML converter acts on, classified without building a String per tag
/// (this runs for every tag of every item's content).
enum HTMLTag {
    enum TagKind: Equatable {
        case inline, block, dropped, lineBreak, pre, listItem, list, anchor, image, cell
        /// `h1`...`h6` (the level is the name's second byte), `blockquote`.
        case heading, quote
        /// Inline styles the article document keeps as spans.
        case emphasis, strong, code
    }

    /// The lower-cased name (prefix such as `xhtml:` removed) packed into two words,
    /// little-endian, zero-padded; names over 16 bytes are `.inline`.
    struct Name: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        mutating func append(_ byte: UInt8) {
            if count < 8 { low |= UInt64(byte) << (8 * UInt64(count)) }
            else if count < 16 { high |= UInt64(byte) << (8 * UInt64(count - 8)) }
            count += 1
        }

        mutating func reset() { self = Name() }

        /// The tag name at `p[start]`: the name, where its local part starts (after a prefix
        /// such as `xhtml:`, which is dropped) and where the name ends.
        @inline(__always)
        static func read(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (Name, localStart: Int, end: Int) {
            var i = start
            var localStart = start
            var name = Name()
            while i < end, XMLScan.isNameByte(p[i]) {
                let b = p[i]
                if b == UInt8(ascii: ":") { name.reset(); localStart = i + 1 }
                else { name.append(b >= 65 && b <= 90 ? b | 0x20 : b) }
                i += 1
            }
            return (name, localStart, i)
        }

        var kind: TagKind { count > 16 ? .inline : HTMLTag.kind(low: low, high: high) }
        var isOrderedList: Bool { count == 2 && low == 0x6C6F }  // "ol"
        /// 1...6 for `h1`...`h6`.
        var headingLevel: Int { Int((low >> 8) & 0xFF) - 0x30 }
    }

    /// What a tag name means to the converter; `key` packs the lower-cased name's first 16 bytes.
    static func kind(low: UInt64, high: UInt64) -> TagKind {
        switch high {
        case 0x0:
            switch low {
            case 0x61: return .anchor  // a
            case 0x62: return .strong  // b
            case 0x69: return .emphasis  // i
            case 0x6d65: return .emphasis  // em
            case 0x7474: return .code  // tt
            case 0x64626b: return .code  // kbd
            case 0x65646f63: return .code  // code
            case 0x706d6173: return .code  // samp
            case 0x676e6f727473: return .strong  // strong
            case 0x70: return .block  // p
            case 0x3168: return .heading  // h1
            case 0x3268: return .heading  // h2
            case 0x3368: return .heading  // h3
            case 0x3468: return .heading  // h4
            case 0x3568: return .heading  // h5
            case 0x3668: return .heading  // h6
            case 0x6464: return .block  // dd
            case 0x6474: return .cell  // td
            case 0x6874: return .cell  // th
            case 0x696c: return .listItem  // li
            case 0x6c64: return .block  // dl
            case 0x6c6f: return .list  // ol
            case 0x6c75: return .list  // ul
            case 0x7262: return .lineBreak  // br
            case 0x7268: return .block  // hr
            case 0x7274: return .block  // tr
            case 0x7464: return .block  // dt
            case 0x657270: return .pre  // pre
            case 0x676d69: return .image  // img
            case 0x677673: return .dropped  // svg
            case 0x726964: return .block  // dir
            case 0x76616e: return .block  // nav
            case 0x766964: return .block  // div
            case 0x64616568: return .dropped  // head
            case 0x6874616d: return .dropped  // math
            case 0x6c6d7468: return .block  // html
            case 0x6d726f66: return .block  // form
            case 0x6e69616d: return .block  // main
            case 0x756e656d: return .block  // menu
            case 0x79646f62: return .block  // body
            case 0x6461656874: return .block  // thead
            case 0x6564697361: return .block  // aside
            case 0x656c626174: return .block  // table
            case 0x656c746974: return .dropped  // title
            case 0x656c797473: return .dropped  // style
            case 0x6f65646976: return .block  // video
            case 0x6f69647561: return .block  // audio
            case 0x746f6f6674: return .block  // tfoot
            case 0x79646f6274: return .block  // tbody
            case 0x646e6567656c: return .block  // legend
            case 0x656d61726669: return .dropped  // iframe
            case 0x657275676966: return .block  // figure
            case 0x70756f726768: return .block  // hgroup
            case 0x726564616568: return .block  // header
            case 0x7265746e6563: return .block  // center
            case 0x7265746f6f66: return .block  // footer
            case 0x7463656a626f: return .dropped  // object
            case 0x7463656c6573: return .dropped  // select
            case 0x747069726373: return .dropped  // script
            case 0x656c6369747261: return .block  // article
            case 0x65727574636970: return .block  // picture
            case 0x6e6f6974636573: return .block  // section
            case 0x6e6f6974706163: return .block  // caption
            case 0x736c6961746564: return .block  // details
            case 0x73736572646461: return .block  // address
            case 0x7972616d6d7573: return .block  // summary
            case 0x6574616c706d6574: return .dropped  // template
            case 0x746573646c656966: return .block  // fieldset
            case 0x746573656d617266: return .dropped  // frameset
            case 0x7470697263736f6e: return .dropped  // noscript
            default: return .inline
            }
        case 0x6574:
            switch low {
            case 0x6f75716b636f6c62: return .quote  // blockquote
            default: return .inline
            }
        case 0x6e6f:
            switch low {
            case 0x6974706163676966: return .block  // figcaption
            default: return .inline
            }
        default: return .inline
        }
    }}
