using System.Diagnostics;
using System.Globalization;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Publishing;

/// <summary>
/// <c>&lt;warehouse&gt;/load.lock</c>: at most one load per warehouse. The file is created exclusively and holds the
/// owner's PID and start time; a lock whose process is gone (a killed load) is stale and taken over, a live one
/// makes the second load fail at once (KPIW-L009).
/// </summary>
public sealed class WarehouseLock : IDisposable
{
    private readonly string _path;
    private FileStream? _stream;

    private WarehouseLock(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    /// <summary>Takes the lock of <paramref name="warehouse"/>, or says who holds it.</summary>
    public static Outcome<WarehouseLock> Acquire(string warehouse)
    {
        var path = Path.Combine(warehouse, "load.lock");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read);
                using var self = Process.GetCurrentProcess();
                var text = $"{Environment.ProcessId} {self.StartTime.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)}\n";
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
                return Outcome<WarehouseLock>.Ok(new WarehouseLock(path, stream));
            }
            catch (IOException) when (File.Exists(path))
            {
                var judged = ReadText(path);
                var holder = ReadHolder(path, judged);
                if (holder is { } pid && IsAlive(pid.Pid, pid.Started))
                    return LoadDiagnostics.Error(LoadDiagnostics.WarehouseLocked,
                        $"another load (process {pid.Pid}, started {pid.Started:yyyy-MM-dd HH:mm:ss} UTC) is running on this warehouse; try again when it has finished",
                        path);
                TakeOverStale(path, judged);
            }
        }
        return LoadDiagnostics.Error(LoadDiagnostics.WarehouseLocked, "could not take the warehouse lock (another load keeps taking it)", path);
    }

    // A holder that cannot be read is a lock being written right now or a torn file of a killed process; the
    // file's age tells which.
    private static (int Pid, DateTime Started)? ReadHolder(string path, string? text)
    {
        if (text is null)
            return (Environment.ProcessId, DateTime.UtcNow);
        try
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
                && DateTime.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started))
                return (pid, started.ToUniversalTime());
            return File.GetLastWriteTimeUtc(path) > DateTime.UtcNow.AddSeconds(-10) ? (Environment.ProcessId, DateTime.UtcNow) : null;
        }
        catch (IOException)
        {
            return (Environment.ProcessId, DateTime.UtcNow);
        }
    }

    // The PID may have been reused by another program since: the start time must match too.
    private static bool IsAlive(int pid, DateTime started)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
                return false;
            return Math.Abs((process.StartTime.ToUniversalTime() - started).TotalSeconds) < 2;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Renaming first makes the takeover safe between two loads that both found the same stale lock: only one
    // rename succeeds; a lock that is no longer the one judged stale (a new owner's) is put back.
    private static void TakeOverStale(string path, string? judged)
    {
        var aside = path + "." + Guid.NewGuid().ToString("N") + ".stale";
        try
        {
            File.Move(path, aside);
            if (ReadText(aside) == judged)
                File.Delete(aside);
            else
                File.Move(aside, path);
        }
        catch (IOException)
        {
        }
    }

    public void Dispose()
    {
        if (_stream is null)
            return;
        _stream.Dispose();
        _stream = null;
        File.Delete(_path);
    }
}
