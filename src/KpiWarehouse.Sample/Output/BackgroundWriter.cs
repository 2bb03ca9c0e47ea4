using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;

namespace KpiWarehouse.Sample.Output;

/// <summary>
/// Encodes filled character blocks to UTF-8 and writes them on a second thread, so the simulation keeps
/// one core while the encoding and the file system take the other. One consumer takes blocks in the
/// order they were submitted, so each file's bytes are in order and the output stays deterministic. A
/// fixed pool of blocks bounds the memory: a producer waits when every block is in flight.
/// </summary>
internal sealed class BackgroundWriter : IDisposable
{
    public const int BlockChars = 1 << 16;
    private const int Blocks = 40;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly BlockingCollection<(Stream Stream, char[] Chars, int Length)> _pending = new();
    private readonly BlockingCollection<char[]> _free = new();
    private readonly Thread _thread;
    private Exception? _error;

    public BackgroundWriter()
    {
        for (var i = 0; i < Blocks; i++)
            _free.Add(new char[BlockChars]);
        _thread = new Thread(Run) { IsBackground = true, Name = "kpiw sample writer" };
        _thread.Start();
    }

    /// <summary>An empty block to fill; waits while every block is queued for writing.</summary>
    public char[] Rent()
    {
        ThrowIfFailed();
        return _free.Take();
    }

    /// <summary>Queues the first <paramref name="length"/> characters of a rented block for <paramref name="stream"/>.</summary>
    public void Submit(Stream stream, char[] chars, int length)
    {
        ThrowIfFailed();
        _pending.Add((stream, chars, length));
    }

    /// <summary>Waits until every queued block is written; rethrows the first write failure.</summary>
    public void Complete()
    {
        Stop();
        ThrowIfFailed();
    }

    public void Dispose()
    {
        Stop();
        _pending.Dispose();
        _free.Dispose();
    }

    private void Stop()
    {
        if (!_pending.IsAddingCompleted)
            _pending.CompleteAdding();
        _thread.Join();
    }

    private void Run()
    {
        var bytes = new byte[Utf8.GetMaxByteCount(BlockChars)];
        foreach (var (stream, chars, length) in _pending.GetConsumingEnumerable())
        {
            try
            {
                if (Volatile.Read(ref _error) is null)
                    stream.Write(bytes, 0, Utf8.GetBytes(chars, 0, length, bytes, 0));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                Volatile.Write(ref _error, error);
            }
            _free.Add(chars);
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _error) is { } error)
            ExceptionDispatchInfo.Throw(error);
    }
}
