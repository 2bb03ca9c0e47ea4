-- Catalog section "Activity" (#56–#65), one column per KPI named after it (snake_case), one row per cell.
select
    c.month,
    c.slice_id,
    cast(a.outbound_call_count as double) as outbound_calls,
    cast(a.outbound_activity_count as double) as outbound_activities,
    kpi_divide(a.successful_call_count, a.outbound_call_count) as call_success_rate,
    cast(m.booked_count as double) as meetings_booked,
    kpi_if_source_has(exists (select 1 from fct_activities), kpi_divide(a.outbound_call_count, m.booked_count)) as calls_per_meeting_booked,
    cast(m.held_count as double) as meetings_held,
    kpi_divide(m.qualified_held_count, m.held_count) as qualified_meeting_rate,
    kpi_divide(m.booked_count, m.invited_count) as meeting_acceptance_rate,
    kpi_divide(a.positive_reply_count, a.reply_count) as positive_response_rate,
    kpi_divide(a.negative_reply_count, a.reply_count) as negative_response_rate
from int_kpi_cells as c
left join int_kpi_activities as a on a.month = c.month and a.slice_id = c.slice_id
left join int_kpi_meetings as m on m.month = c.month and m.slice_id = c.slice_id
