using KpiWarehouse.Sample.Time;

namespace KpiWarehouse.Sample.Output;

/// <summary>
/// One CSV file written field by field into a block of characters that a <see cref="BackgroundWriter"/>
/// encodes to UTF-8 (no BOM) and writes: RFC 4180 quoting, <c>,</c> delimiter, LF line ends, invariant
/// formats, no per-row allocation. A block is only handed over between fields, so a surrogate pair is
/// never split.
/// </summary>
internal sealed class CsvFile
{
    private const int BufferChars = BackgroundWriter.BlockChars;

    private readonly Stream _stream;
    private readonly BackgroundWriter _writer;
    private char[] _chars;
    private int _pos;
    private bool _rowStart = true;

    public CsvFile(Stream stream, BackgroundWriter writer, string name, IEnumerable<string> header)
    {
        _stream = stream;
        _writer = writer;
        _chars = writer.Rent();
        Name = name;
        foreach (var column in header)
            Text(column);
        _chars[_pos++] = '\n';
        _rowStart = true;
    }

    public string Name { get; }

    /// <summary>Data rows written (the header not counted).</summary>
    public long Rows { get; private set; }

    public void EndRow()
    {
        Ensure(1);
        _chars[_pos++] = '\n';
        _rowStart = true;
        Rows++;
    }

    public void Empty() => Separator(0);

    /// <summary>A text value, quoted when it holds a delimiter, a quote or a line break.</summary>
    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Separator(0);
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Separator(value.Length);
            value.CopyTo(0, _chars, _pos, value.Length);
            _pos += value.Length;
            return;
        }
        Separator(value.Length * 2 + 2);
        _chars[_pos++] = '"';
        foreach (var c in value)
        {
            if (c == '"')
                _chars[_pos++] = '"';
            _chars[_pos++] = c;
        }
        _chars[_pos++] = '"';
    }

    /// <summary>An identifier: <paramref name="prefix"/> then <paramref name="number"/> padded to <paramref name="width"/> digits.</summary>
    public void Id(string prefix, long number, int width)
    {
        Separator(prefix.Length + 20);
        prefix.CopyTo(0, _chars, _pos, prefix.Length);
        _pos += prefix.Length;
        var digits = Digits(number);
        for (var i = digits; i < width; i++)
            _chars[_pos++] = '0';
        WriteDigits(number, digits);
    }

    public void Int(long value)
    {
        Separator(21);
        if (value < 0)
        {
            _chars[_pos++] = '-';
            value = -value;
        }
        WriteDigits(value, Digits(value));
    }

    /// <summary>An amount held in cents, written with exactly two decimals (<c>-12.50</c>).</summary>
    public void Money(long cents)
    {
        Separator(24);
        if (cents < 0)
        {
            _chars[_pos++] = '-';
            cents = -cents;
        }
        var whole = cents / 100;
        WriteDigits(whole, Digits(whole));
        var fraction = (int)(cents % 100);
        _chars[_pos++] = '.';
        _chars[_pos++] = (char)('0' + fraction / 10);
        _chars[_pos++] = (char)('0' + fraction % 10);
    }

    /// <summary>A fraction held in hundredths (15 → <c>0.15</c>, 100 → <c>1.00</c>).</summary>
    public void Hundredths(int value) => Money(value);

    public void Bool(bool value) => Text(value ? "true" : "false");

    public void Date(int day)
    {
        Separator(10);
        SampleCalendar.DateChars(day).CopyTo(_chars.AsSpan(_pos));
        _pos += 10;
    }

    /// <summary><c>YYYY-MM-DDTHH:MM:SS</c> of a timestamp in seconds since day 0.</summary>
    public void Timestamp(long at)
    {
        Separator(19);
        var day = (int)(at / SampleCalendar.SecondsPerDay);
        var second = (int)(at - (long)day * SampleCalendar.SecondsPerDay);
        SampleCalendar.DateChars(day).CopyTo(_chars.AsSpan(_pos));
        _pos += 10;
        _chars[_pos++] = 'T';
        TwoDigits(second / 3600);
        _chars[_pos++] = ':';
        TwoDigits(second / 60 % 60);
        _chars[_pos++] = ':';
        TwoDigits(second % 60);
    }

    /// <summary>Hands the characters written so far to the background writer.</summary>
    public void Flush()
    {
        if (_pos == 0)
            return;
        _writer.Submit(_stream, _chars, _pos);
        _chars = _writer.Rent();
        _pos = 0;
    }

    private void Separator(int room)
    {
        Ensure(room + 1);
        if (_rowStart)
            _rowStart = false;
        else
            _chars[_pos++] = ',';
    }

    private void Ensure(int room)
    {
        if (_pos + room > BufferChars)
        {
            Flush();
            if (room > BufferChars)
                throw new InvalidOperationException($"A value of {room} characters does not fit the CSV buffer.");
        }
    }

    private void TwoDigits(int value)
    {
        _chars[_pos++] = (char)('0' + value / 10);
        _chars[_pos++] = (char)('0' + value % 10);
    }

    private static int Digits(long value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }
        return digits;
    }

    private void WriteDigits(long value, int digits)
    {
        for (var i = _pos + digits - 1; i >= _pos; i--)
        {
            _chars[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
        _pos += digits;
    }
}
