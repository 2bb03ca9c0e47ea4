using KpiWarehouse.Reference.Engine;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Activity — for SDRs" (#56–#65): activities and meetings.</summary>
internal static class ActivityKpis
{
    private const string Section = "Activity";

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(56, "Outbound Calls", Section, Dims.CR, OutboundCalls),
        new(57, "Outbound Activities", Section, Dims.CR, s => Count(Activities(s).Count(a => a.Row.Direction == "OUTBOUND"))),
        new(58, "Call Success Rate", Section, Dims.CR,
            s => Divide(Count(Calls(s).Count(a => a.Row.Outcome is "CONNECTED" or "MEETING_BOOKED")), OutboundCalls(s))),
        new(59, "Meetings Booked", Section, Dims.CR, MeetingsBooked),
        new(60, "Calls per Meeting Booked", Section, Dims.CR, s => IfSourceHas(s.Data.Activities.AnyVisible(s), Divide(OutboundCalls(s), MeetingsBooked(s)))),
        new(61, "Meetings Held", Section, Dims.CR, s => Count(Held(s).Count())),
        new(62, "Qualified Meeting Rate", Section, Dims.CR,
            s => Divide(Count(Held(s).Count(m => m.Row.OpportunityId is not null)), Count(Held(s).Count()))),
        new(63, "Meeting Acceptance Rate", Section, Dims.CR, s => Divide(MeetingsBooked(s), Count(Invited(s).Count()))),
        new(64, "Positive Response Rate", Section, Dims.CR, s => ReplyRate(s, "POSITIVE_REPLY")),
        new(65, "Negative Response Rate", Section, Dims.CR, s => ReplyRate(s, "NEGATIVE_REPLY")),
    ];

    private static IEnumerable<ActivityFact> Activities(Scope s) => s.Rows(s.Data.Activities);

    private static IEnumerable<ActivityFact> Calls(Scope s) =>
        Activities(s).Where(a => a.Row.Type == "CALL" && a.Row.Direction == "OUTBOUND");

    private static IEnumerable<MeetingFact> Invited(Scope s) => s.Rows(s.Data.MeetingsByInvited);

    private static IEnumerable<MeetingFact> Held(Scope s) =>
        s.Rows(s.Data.MeetingsByScheduled).Where(m => m.Row.Held);

    /// <summary>#56: activities of type CALL, direction OUTBOUND, occurred_at in P.</summary>
    private static decimal? OutboundCalls(Scope s) => Count(Calls(s).Count());

    /// <summary>#59: meetings invited in P with status ACCEPTED.</summary>
    private static decimal? MeetingsBooked(Scope s) => Count(Invited(s).Count(m => m.Row.Status == "ACCEPTED"));

    /// <summary>#64 / #65: replies of one outcome / all POSITIVE_REPLY or NEGATIVE_REPLY activities in P.</summary>
    private static decimal? ReplyRate(Scope s, string outcome)
    {
        var replies = Activities(s).Where(a => a.Row.Outcome is "POSITIVE_REPLY" or "NEGATIVE_REPLY").ToList();
        return Divide(Count(replies.Count(a => a.Row.Outcome == outcome)), Count(replies.Count));
    }
}
