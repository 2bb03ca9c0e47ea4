using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// The SDR work on a lead: answering inbound leads, chasing outbound ones, cold calls that never became leads.
internal sealed partial class SalesSimulation
{
    private void FirstTouches(long lead, int owner, bool inbound, long createdAt, long firstResponse, long sql)
    {
        var createdDay = SampleCalendar.DayOf(createdAt);
        if (inbound)
        {
            if (_rng.Chance(0.1))
                Activity(RepOrStandIn(owner, Role.Sdr, createdDay), createdAt, Email, Inbound, lead, -1, -1, null);
            if (firstResponse != NotYet)
            {
                var rep = RepOrStandIn(owner, Role.Sdr, SampleCalendar.DayOf(firstResponse));
                Touch(rep, firstResponse, lead, -1, -1, callShare: 0.6);
                for (var n = _rng.Chance(0.4) ? _rng.Between(1, 2) : 0; n > 0; n--)
                {
                    var day = SampleCalendar.Workday(SampleCalendar.DayOf(firstResponse) + _rng.Between(1, 10));
                    Touch(RepOrStandIn(owner, Role.Sdr, day), WorkTime(day), lead, -1, -1);
                }
            }
        }
        else
        {
            var at = createdAt + _rng.Between((int)Minute, (int)(30 * Minute));
            for (var n = _rng.Chance(0.92) ? _rng.Skewed(1, 7) : 0; n > 0 && at <= SampleCalendar.EndOfData; n--)
            {
                var day = SampleCalendar.DayOf(at);
                var rep = RepOrStandIn(owner, Role.Sdr, day);
                Touch(rep, at, lead, -1, -1);
                if (_rng.Chance(0.06))
                    Activity(rep, at + _rng.Between((int)Hour, (int)(3 * Day)), Email, Inbound, lead, -1, -1, _rng.Chance(0.6) ? "POSITIVE_REPLY" : "NEGATIVE_REPLY");
                at = WorkTime(SampleCalendar.Workday(day + _rng.Between(1, 6)));
            }
            for (var n = _rng.Below(3); n > 0; n--)
            {
                var day = SampleCalendar.Workday(Math.Min(SampleCalendar.LastDay, createdDay + _rng.Below(15)));
                Touch(PickRep(Role.Sdr, day), WorkTime(day), -1, -1, -1, callShare: 0.8);
            }
        }
        if (sql != NotYet)
            Activity(RepOrStandIn(owner, Role.Sdr, SampleCalendar.DayOf(sql)), sql, Call, Outbound, lead, -1, -1, "MEETING_BOOKED");
    }
}
