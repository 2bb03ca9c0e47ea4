using KpiWarehouse.Sample.Randomness;
using KpiWarehouse.Sample.Time;

namespace KpiWarehouse.Sample.Simulation;

// Calls, e-mails, social touches, meetings and survey answers.
internal sealed partial class SalesSimulation
{
    private const string Call = "CALL", Email = "EMAIL", Social = "SOCIAL", Outbound = "OUTBOUND", Inbound = "INBOUND";
    private static readonly string?[] CallOutcomes = ["NO_ANSWER", "VOICEMAIL", "CONNECTED", "MEETING_BOOKED", null];
    private static readonly double[] CallOutcomeWeights = Rng.Cumulative(38, 24, 27, 7, 4);
    private static readonly string?[] MessageOutcomes = ["NO_REPLY", "POSITIVE_REPLY", "NEGATIVE_REPLY", null];
    private static readonly double[] MessageOutcomeWeights = Rng.Cumulative(58, 17, 19, 6);
    private static readonly string[] MeetingStatuses = ["ACCEPTED", "DECLINED", "PENDING", "CANCELLED"];
    private static readonly double[] MeetingStatusWeights = Rng.Cumulative(62, 14, 8, 16);
    private static readonly double[] CsatWeights = Rng.Cumulative(4, 8, 18, 40, 30);

    /// <summary>An outbound touch of a random type with an outcome that fits the type.</summary>
    private void Touch(int rep, long at, long lead, int customer, long opportunity, double callShare = 0.55)
    {
        var u = _rng.Unit();
        if (u < callShare)
            Activity(rep, at, Call, Outbound, lead, customer, opportunity, CallOutcomes[_rng.Weighted(CallOutcomeWeights)]);
        else
            Activity(rep, at, u < callShare + (1 - callShare) * 0.8 ? Email : Social, Outbound, lead, customer, opportunity,
                MessageOutcomes[_rng.Weighted(MessageOutcomeWeights)]);
    }

    private void Activity(int rep, long at, string type, string direction, long lead, int customer, long opportunity, string? outcome)
    {
        if (rep < 0 || at > SampleCalendar.EndOfData)
            return;
        var file = _out.Activities;
        file.Id("ACT-", ++_nextActivity, 7);
        RepId(file, rep);
        file.Timestamp(at);
        file.Text(type);
        file.Text(direction);
        OptionalId(file, "LEAD-", lead, 6);
        CustomerId(file, customer);
        OptionalId(file, "OPP-", opportunity, 6);
        file.Text(outcome);
        file.EndRow();
    }

    /// <summary>An invitation with a random answer; returns the day it was held, or -1.</summary>
    private int Meeting(int rep, long lead, int customer, long invitedAt, long opportunity = -1, bool forceHeld = false)
    {
        if (rep < 0 || invitedAt > SampleCalendar.EndOfData)
            return -1;
        var scheduledDay = SampleCalendar.Workday(SampleCalendar.DayOf(invitedAt) + _rng.Between(1, 12));
        var scheduledAt = SampleCalendar.At(scheduledDay, _rng.Between(8, 17) * 3600 + _rng.Below(4) * 900);
        if (scheduledAt > SampleCalendar.EndOfData || scheduledAt < invitedAt)
            scheduledAt = invitedAt;
        var status = forceHeld ? 0 : _rng.Weighted(MeetingStatusWeights);
        var held = status == 0 && (forceHeld || _rng.Chance(0.84));
        WriteMeeting(rep, lead, customer, invitedAt, scheduledAt, MeetingStatuses[status], held, held ? opportunity : -1);
        return held ? SampleCalendar.DayOf(scheduledAt) : -1;
    }

    private void WriteMeeting(int rep, long lead, int customer, long invitedAt, long scheduledAt, string status, bool held, long opportunity)
    {
        var file = _out.Meetings;
        file.Id("MTG-", ++_nextMeeting, 6);
        RepId(file, rep);
        OptionalId(file, "LEAD-", lead, 6);
        CustomerId(file, customer);
        file.Timestamp(invitedAt);
        file.Timestamp(scheduledAt);
        file.Text(status);
        file.Bool(held);
        OptionalId(file, "OPP-", opportunity, 6);
        file.EndRow();
    }

    private void Survey(int customer, int day, string type, int score)
    {
        if (day > SampleCalendar.LastDay)
            return;
        var file = _out.Surveys;
        file.Id("SRV-", ++_nextResponse, 6);
        CustomerId(file, customer);
        file.Date(day);
        file.Text(type);
        file.Int(score);
        file.EndRow();
    }

    /// <summary>0..10, most customers promoters or passives, unhappier once they have left.</summary>
    private int NpsScore(bool unhappy)
    {
        var u = _rng.Unit() + (unhappy ? 0.35 : 0);
        return u < 0.45 ? _rng.Between(9, 10) : u < 0.75 ? _rng.Between(7, 8) : _rng.Between(0, 6);
    }

    private int CsatScore() => 1 + _rng.Weighted(CsatWeights);
}
