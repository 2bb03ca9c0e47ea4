using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Sample.Output;
using KpiWarehouse.Sample.Randomness;
using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

/// <summary>
/// Simulates three years of a sales organisation and writes each fact as it happens. One random stream
/// drives everything in a fixed order, so a scale and a seed determine every byte. Nothing happens after
/// the end of the data (2024-12-31): a step that would fall later has not happened yet.
/// </summary>
internal sealed partial class SalesSimulation
{
    private readonly Rng _rng;
    private readonly SampleFiles _out;
    private readonly SampleSize _size;
    private readonly IProgress<ProgressUpdate>? _progress;
    private readonly List<Rep> _reps = [];
    private readonly List<int>[] _repsByRole = [[], [], [], []];
    private readonly List<Customer> _customers = [];

    private long _nextLead, _nextOpportunity, _nextQuote, _nextActivity, _nextMeeting, _nextOrder, _nextEvent, _nextResponse;

    // What actually happened per rep and month (index reps.Count = the company), the base of the targets.
    private long[,] _revenueCents = new long[0, 0];
    private int[,] _dealsWon = new int[0, 0];
    private int[,] _newLeads = new int[0, 0];

    public SalesSimulation(Rng rng, SampleFiles output, SampleSize size, IProgress<ProgressUpdate>? progress)
    {
        _rng = rng;
        _out = output;
        _size = size;
        _progress = progress;
    }

    public void Run()
    {
        WriteStages();
        WriteProducts();
        CreateReps();
        _revenueCents = new long[_reps.Count + 1, SampleCalendar.Months];
        _dealsWon = new int[_reps.Count + 1, SampleCalendar.Months];
        _newLeads = new int[_reps.Count + 1, SampleCalendar.Months];
        CreateLegacyCustomers();
        GenerateLeads();
        LiveCustomers();
        WriteSpend();
        WriteTargets();
    }

    /// <summary>An available rep of <paramref name="role"/> on <paramref name="day"/>, else any available rep, else -1.</summary>
    private int PickRep(Role role, int day)
    {
        var pool = _repsByRole[(int)role];
        if (pool.Count > 0)
        {
            var start = _rng.Below(pool.Count);
            for (var i = 0; i < pool.Count; i++)
            {
                var rep = pool[(start + i) % pool.Count];
                if (_reps[rep].IsAvailable(day))
                    return rep;
            }
        }
        var from = _rng.Below(_reps.Count);
        for (var i = 0; i < _reps.Count; i++)
        {
            var rep = (from + i) % _reps.Count;
            if (_reps[rep].IsAvailable(day))
                return rep;
        }
        return -1;
    }

    /// <summary><paramref name="preferred"/> when available on the day, else another rep of the role.</summary>
    private int RepOrStandIn(int preferred, Role role, int day) =>
        preferred >= 0 && _reps[preferred].IsAvailable(day) ? preferred : PickRep(role, day);

    /// <summary>A time of a working day: 08:00 to 19:00 with seconds.</summary>
    private long WorkTime(int day) => SampleCalendar.At(day, _rng.Between(8 * 3600, 19 * 3600 - 1));

    private void RepId(CsvFile file, int rep)
    {
        if (rep < 0)
            file.Empty();
        else
            file.Id("REP-", rep + 1, 3);
    }

    private static void CustomerId(CsvFile file, int customer)
    {
        if (customer < 0)
            file.Empty();
        else
            file.Id("CUS-", customer + 1, 6);
    }

    private static void OptionalId(CsvFile file, string prefix, long number, int width)
    {
        if (number < 0)
            file.Empty();
        else
            file.Id(prefix, number, width);
    }

    private void Report(string step, long done, long total)
    {
        if (_progress is not null && (done & 255) == 0)
            _progress.Report(new ProgressUpdate(step, done, total));
    }
}
