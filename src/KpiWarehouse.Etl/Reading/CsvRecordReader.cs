using System.Security.Cryptography;
using System.Text;

namespace KpiWarehouse.Etl.Reading;

/// <summary>
/// An RFC 4180 record reader over UTF-8 bytes that keeps what DuckDB's CSV reader cannot give per row: the
/// 1-based line a record starts on (a quoted field may span lines), its raw text, a field count that is not
/// forced to the header's, and per-record UTF-8 validity. Blank lines are not records.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly byte _delimiter;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private long _line = 1;
    private readonly List<(int Start, int Length, bool Quoted)> _spans = new(32);
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _bytes;

    public CsvRecordReader(Stream stream, char delimiter)
    {
        _stream = stream;
        _delimiter = (byte)delimiter;
        Fill();
        if (_end - _start >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            _start = 3;
    }

    /// <summary>The line the current record starts on.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The fields of the current record (bytes that are not UTF-8 read as U+FFFD).</summary>
    public List<string> Fields { get; } = new(32);

    /// <summary>The current record is not valid UTF-8.</summary>
    public bool InvalidUtf8 { get; private set; }

    /// <summary>The current record ends inside a quoted field (at the end of the file).</summary>
    public bool Unterminated { get; private set; }

    private int _recordStart;
    private int _recordLength;

    /// <summary>The raw text of the current record, without its line break (invalid bytes shown as U+FFFD).</summary>
    public string RawText => Encoding.UTF8.GetString(_buffer, _recordStart, _recordLength);

    /// <summary>Bytes of the file consumed so far.</summary>
    public long Position => _bytes - (_end - _start);

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!TryScan(out var recordEnd, out var nextStart, out var newlines))
                return false;
            var length = recordEnd - _start;
            if (length == 0 || (length == 1 && _buffer[_start] == (byte)'\r'))
            {
                _line += newlines;
                _start = nextStart;
                continue;
            }
            LineNumber = _line;
            _recordStart = _start;
            _recordLength = length;
            Decode(_start, length);
            _line += newlines;
            _start = nextStart;
            return true;
        }
    }

    // Finds the end of the record at _start; refills the buffer until a whole record is in it.
    private bool TryScan(out int recordEnd, out int nextStart, out int newlines)
    {
        while (true)
        {
            if (_start >= _end && _eof)
            {
                recordEnd = nextStart = newlines = 0;
                return false;
            }
            var inQuotes = false;
            var lines = 0;
            var i = _start;
            for (; i < _end; i++)
            {
                var b = _buffer[i];
                if (b == (byte)'"')
                    inQuotes = !inQuotes;
                else if (b == (byte)'\n')
                {
                    if (!inQuotes)
                    {
                        recordEnd = i > _start && _buffer[i - 1] == (byte)'\r' ? i - 1 : i;
                        nextStart = i + 1;
                        newlines = lines + 1;
                        Unterminated = false;
                        return true;
                    }
                    lines++;
                }
            }
            if (_eof)
            {
                recordEnd = _end > _start && _buffer[_end - 1] == (byte)'\r' ? _end - 1 : _end;
                nextStart = _end;
                newlines = lines;
                Unterminated = inQuotes;
                return true;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return;
            }
            _sha256.AppendData(_buffer, _end, read);
            _bytes += read;
            _end += read;
        }
    }

    private void Decode(int start, int length)
    {
        _spans.Clear();
        Fields.Clear();
        var end = start + length;
        var fieldStart = start;
        var inQuotes = false;
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            var b = _buffer[i];
            if (b == (byte)'"')
            {
                if (i == fieldStart)
                    quoted = true;
                inQuotes = !inQuotes;
            }
            else if (b == _delimiter && !inQuotes)
            {
                _spans.Add((fieldStart, i - fieldStart, quoted));
                fieldStart = i + 1;
                quoted = false;
            }
        }
        _spans.Add((fieldStart, end - fieldStart, quoted));

        InvalidUtf8 = false;
        try
        {
            foreach (var (s, l, q) in _spans)
                Fields.Add(q ? Unquote(s, l) : Strict.GetString(_buffer, s, l));
        }
        catch (DecoderFallbackException)
        {
            // Kept readable (U+FFFD for bad bytes) so the row's key is still known to the rows that reference it.
            InvalidUtf8 = true;
            Fields.Clear();
            foreach (var (s, l, q) in _spans)
            {
                var text = Encoding.UTF8.GetString(_buffer, q ? s + 1 : s, q ? Math.Max(0, l - 1) : l);
                Fields.Add(q ? (text.EndsWith('"') ? text[..^1] : text).Replace("\"\"", "\"") : text);
            }
        }
    }

    // A quoted field: the text between the outer quotes with "" read as one quote; text after the closing
    // quote (not RFC 4180) is kept rather than lost.
    private string Unquote(int start, int length)
    {
        var text = Strict.GetString(_buffer, start + 1, Math.Max(0, length - 1));
        if (text.EndsWith('"'))
            text = text[..^1];
        return text.Contains('"') ? text.Replace("\"\"", "\"") : text;
    }

    /// <summary>Reads what is left unread and returns the file's size and lower-case hex SHA-256.</summary>
    public (long Size, string Sha256) Finish()
    {
        _start = _end;
        while (!_eof)
            Fill();
        return (_bytes, Convert.ToHexStringLower(_sha256.GetHashAndReset()));
    }

    public void Dispose()
    {
        _stream.Dispose();
        _sha256.Dispose();
    }
}
