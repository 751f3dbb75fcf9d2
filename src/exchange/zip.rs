//! The zip container of an Excel workbook (`.xlsx`), read and written with the deflate
//! the app already carries for share links (`miniz_oxide`): what an `.xlsx` needs of
//! the format and nothing more — no encryption, no zip64, no archive of more than 4 GiB.
//!
//! ```
//! use jifen::exchange::zip;
//!
//! let packed = zip::write(&[("a.xml", b"<a/>".as_slice()), ("b/c.txt", "页".as_bytes())]);
//! let files = zip::read(&packed).unwrap();
//! assert_eq!(files.get("b/c.txt").unwrap(), "页".as_bytes());
//! ```

use std::collections::BTreeMap;

use crate::scoring::Text;

/// The most one file of an archive may unpack to: far more than any roster, far less
/// than a zip bomb.
pub const MAX_FILE_BYTES: usize = 64 << 20;
/// The most all the files read from one archive may unpack to together.
pub const MAX_TOTAL_BYTES: usize = 256 << 20;

/// The CRC-32 of the zip format (IEEE, reflected).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (n, entry) in table.iter_mut().enumerate() {
        let mut c = n as u32;
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *entry = c;
    }
    let mut crc = !0u32;
    for &b in bytes {
        crc = table[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// An archive of `files` (name, content), each deflated, in the order given. Names are
/// written as given (ASCII: the names of an `.xlsx` are).
pub fn write(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1980-01-01 00:00, the format's earliest day: the file's content says when.
    let (time, date) = (0u16, 0x21u16);
    for (name, content) in files {
        let packed = miniz_oxide::deflate::compress_to_vec(content, 6);
        let crc = crc32(content);
        let offset = out.len() as u32;
        let name = name.as_bytes();
        // Local file header.
        put32(&mut out, 0x0403_4b50);
        put16(&mut out, 20); // version needed: deflate
        put16(&mut out, 0); // flags
        put16(&mut out, 8); // deflate
        put16(&mut out, time);
        put16(&mut out, date);
        put32(&mut out, crc);
        put32(&mut out, packed.len() as u32);
        put32(&mut out, content.len() as u32);
        put16(&mut out, name.len() as u16);
        put16(&mut out, 0); // extra
        out.extend_from_slice(name);
        out.extend_from_slice(&packed);
        // Its central directory entry.
        put32(&mut central, 0x0201_4b50);
        put16(&mut central, 20); // made by
        put16(&mut central, 20); // needed
        put16(&mut central, 0);
        put16(&mut central, 8);
        put16(&mut central, time);
        put16(&mut central, date);
        put32(&mut central, crc);
        put32(&mut central, packed.len() as u32);
        put32(&mut central, content.len() as u32);
        put16(&mut central, name.len() as u16);
        put16(&mut central, 0); // extra
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name);
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, files.len() as u16);
    put16(&mut out, files.len() as u16);
    put32(&mut out, central.len() as u32);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    out
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// `len` bytes from `start`, if the archive has them (no arithmetic that could overflow).
fn slice(bytes: &[u8], start: usize, len: usize) -> Option<&[u8]> {
    bytes.get(start..start.checked_add(len)?)
}

fn get16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn get32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Why an archive could not be read, in words.
fn damaged(zh: &str, en: &str) -> Text {
    Text::new(zh.to_string(), en.to_string())
}

/// Whether `bytes` begin as a zip archive does (an `.xlsx` whatever its name).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Every file of the archive by name, unpacked (the names as the archive spells them).
/// A damaged, encrypted or zip64 archive, a file that unpacks to more than
/// [`MAX_FILE_BYTES`] or whose checksum does not match is refused with a message.
pub fn read(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, Text> {
    let not_zip = || {
        damaged(
            "文件已损坏或不是 Excel 工作簿（.xlsx）",
            "the file is damaged or not an Excel workbook (.xlsx)",
        )
    };
    // The end of central directory record: 22 bytes and a comment of up to 65,535.
    let earliest = bytes.len().saturating_sub(22 + 0xFFFF);
    let end = (earliest..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&at| get32(bytes, at) == Some(0x0605_4b50))
        .ok_or_else(not_zip)?;
    let entries = get16(bytes, end + 10).ok_or_else(not_zip)?;
    let mut at = get32(bytes, end + 16).ok_or_else(not_zip)? as usize;
    let mut files = BTreeMap::new();
    let mut total = 0usize;
    for _ in 0..entries {
        if get32(bytes, at) != Some(0x0201_4b50) {
            return Err(not_zip());
        }
        // (The header was found at `at`, so `at + 46` cannot overflow.)
        let header = slice(bytes, at, 46).ok_or_else(not_zip)?;
        let field = |offset: usize| get16(header, offset).ok_or_else(not_zip);
        let flags = field(8)?;
        let method = field(10)?;
        let crc = get32(header, 16).ok_or_else(not_zip)?;
        let packed_len = get32(header, 20).ok_or_else(not_zip)?;
        let len = get32(header, 24).ok_or_else(not_zip)?;
        let name_len = usize::from(field(28)?);
        let extra_len = usize::from(field(30)?);
        let comment_len = usize::from(field(32)?);
        let local = get32(header, 42).ok_or_else(not_zip)? as usize;
        let name = slice(bytes, at + 46, name_len).ok_or_else(not_zip)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at = at + 46 + name_len + extra_len + comment_len;
        if flags & 1 == 1 {
            return Err(damaged(
                "工作簿已加密：请在 Excel 中取消密码后另存",
                "the workbook is encrypted: remove its password in Excel and save it again",
            ));
        }
        if packed_len == u32::MAX || len == u32::MAX {
            return Err(damaged(
                "工作簿过大（zip64），无法读取",
                "the workbook is too large to read (zip64)",
            ));
        }
        if name.ends_with('/') {
            continue;
        }
        let len = len as usize;
        total = total.saturating_add(len);
        if len > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES {
            return Err(damaged(
                "工作簿解压后过大，无法读取",
                "the workbook unpacks to too much to read",
            ));
        }
        let header = slice(bytes, local, 30).ok_or_else(not_zip)?;
        if get32(header, 0) != Some(0x0403_4b50) {
            return Err(not_zip());
        }
        let local_name = usize::from(get16(header, 26).ok_or_else(not_zip)?);
        let local_extra = usize::from(get16(header, 28).ok_or_else(not_zip)?);
        let start = local + 30 + local_name + local_extra;
        let data = slice(bytes, start, packed_len as usize).ok_or_else(not_zip)?;
        let content = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, len.max(1))
                .map_err(|_| not_zip())?,
            _ => {
                return Err(damaged(
                    "工作簿使用了无法读取的压缩方式：请在 Excel 中另存为 .xlsx",
                    "the workbook uses a compression this page cannot read: save it again as .xlsx in Excel",
                ))
            }
        };
        if content.len() != len || crc32(&content) != crc {
            return Err(not_zip());
        }
        files.insert(name, content);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_is_the_zip_formats() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_reads_back_and_damage_is_refused() {
        let big = "名单,".repeat(5000);
        let packed = write(&[("x.xml", big.as_bytes()), ("empty", b"")]);
        let files = read(&packed).unwrap();
        assert_eq!(files["x.xml"], big.as_bytes());
        assert_eq!(files["empty"], b"");
        // A changed byte in the packed data: the checksum or the inflater says so.
        let mut changed = packed.clone();
        changed[40] ^= 0x55;
        assert!(read(&changed).is_err());
        // Cut short: no end record.
        assert!(read(&packed[..packed.len() - 30]).is_err());
        assert!(read(b"not a zip at all").is_err());
        assert!(is_zip(&packed));
    }
}
