using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// The funnel: lead → MQL → SQL → meeting → opportunity → won → customer and first order.
internal sealed partial class SalesSimulation
{
    private const long Minute = 60, Hour = 3600, Day = SampleCalendar.SecondsPerDay;
    private const long NotYet = long.MaxValue;

    private void GenerateLeads()
    {
        double total = 0;
        for (var m = 0; m < SampleCalendar.Months; m++)
            total += SampleCalendar.Weight(m);
        double cumulative = 0;
        var done = 0;
        for (var m = 0; m < SampleCalendar.Months; m++)
        {
            var before = (int)Math.Round(_size.Leads * cumulative / total);
            cumulative += SampleCalendar.Weight(m);
            var count = (int)Math.Round(_size.Leads * cumulative / total) - before;
            var first = SampleCalendar.FirstDayOf(m);
            for (var i = 0; i < count; i++)
            {
                Lead(first + _rng.Below(SampleCalendar.DaysIn(m)));
                Report("funnel: leads", ++done, _size.Leads);
            }
        }
    }

    private void Lead(int day)
    {
        var id = ++_nextLead;
        var inbound = _rng.Chance(0.6);
        var source = inbound ? Catalog.InboundSources[_rng.Weighted(Catalog.InboundWeights)] : _rng.Pick(Catalog.OutboundSources);
        if (!inbound)
            day = SampleCalendar.Workday(day);
        var owner = _rng.Chance(0.03) ? -1 : PickRep(Role.Sdr, day);
        var skill = owner >= 0 ? _reps[owner].Skill : 0.8;
        var createdAt = inbound && _rng.Chance(0.25) ? SampleCalendar.At(day, _rng.Below((int)Day)) : WorkTime(day);
        var place = _rng.Weighted(Geography.PlaceWeights);
        var segment = (Segment)_rng.Weighted(SegmentWeights);

        var firstResponse = inbound && _rng.Chance(0.85) ? Clip(createdAt + ResponseDelay()) : NotYet;
        var mql = _rng.Chance(inbound ? 0.55 : 0.08) ? Clip(createdAt + _rng.Between((int)Hour, (int)(5 * Day))) : NotYet;
        var qualifiedFrom = mql == NotYet ? createdAt : mql;
        var canQualify = qualifiedFrom != NotYet && (mql != NotYet || !inbound);
        var referral = source == "referral" ? 1.5 : 1.0;
        var sql = canQualify && _rng.Chance((mql != NotYet ? 0.5 : 0.16) * skill * referral)
            ? Clip(WorkTime(SampleCalendar.Workday(SampleCalendar.DayOf(qualifiedFrom) + _rng.Between(1, 10))))
            : NotYet;
        if (sql != NotYet && sql < qualifiedFrom)
            sql = qualifiedFrom;

        FirstTouches(id, owner, inbound, createdAt, firstResponse, sql);
        var outcome = sql == NotYet ? null : Qualified(id, owner, sql, segment, place, source);
        if (sql == NotYet && mql != NotYet && _rng.Chance(0.25))
        {
            var invited = Clip(Math.Max(mql + _rng.Between((int)Minute, (int)Hour), WorkTime(SampleCalendar.Workday(SampleCalendar.DayOf(mql) + _rng.Below(3)))));
            Meeting(RepOrStandIn(owner, Role.Sdr, SampleCalendar.DayOf(mql)), id, -1, invited);
        }

        var converted = outcome is { Won: true } ? WorkTime(outcome.Value.CloseDay) : NotYet;
        var disqualified = NotYet;
        if (converted == NotYet && outcome is null or { Lost: true } && _rng.Chance(sql == NotYet ? 0.55 : 0.45))
        {
            var from = outcome is { Lost: true } ? SampleCalendar.At(outcome.Value.CloseDay, 0) : createdAt;
            disqualified = Clip(Math.Max(from, createdAt) + _rng.Between((int)Hour, (int)(40 * Day)));
        }
        var month = SampleCalendar.MonthOf(SampleCalendar.DayOf(createdAt));
        if (owner >= 0)
            _newLeads[owner, month]++;
        _newLeads[_reps.Count, month]++;

        var file = _out.Leads;
        file.Id("LEAD-", id, 6);
        file.Timestamp(createdAt);
        file.Text(source);
        file.Text(inbound ? Inbound : Outbound);
        RepId(file, owner);
        file.Text(_rng.Chance(0.06) ? null : Geography.Places[place].Country);
        Stamp(file, mql);
        Stamp(file, sql);
        Stamp(file, firstResponse);
        Stamp(file, disqualified);
        Stamp(file, converted);
        CustomerId(file, outcome is { Won: true } ? outcome.Value.Customer : -1);
        file.EndRow();
    }

    /// <summary>Seconds to a first answer: a third within five minutes (a few exactly on the limit), the rest hours or days later.</summary>
    private long ResponseDelay()
    {
        var u = _rng.Unit();
        if (u < 0.01)
            return 300;
        if (u < 0.02)
            return 301;
        if (u < 0.33)
            return _rng.Between(15, 299);
        if (u < 0.7)
            return _rng.Between(302, (int)(4 * Hour));
        return _rng.Between((int)(4 * Hour), (int)(72 * Hour));
    }

    private static long Clip(long at) => at > SampleCalendar.EndOfData ? NotYet : at;

    private static void Stamp(Output.CsvFile file, long at)
    {
        if (at == NotYet)
            file.Empty();
        else
            file.Timestamp(at);
    }
}
