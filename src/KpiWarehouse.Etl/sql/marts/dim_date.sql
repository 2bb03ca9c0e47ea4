-- Date: every day of the whole calendar years that cover every date of every fact and the reps' hire/leave dates.
with fact_dates as (
    select hire_date as day from valid_reps
    union all select leave_date from valid_reps
    union all select order_date from valid_orders
    union all select cast(created_at as date) from valid_leads
    union all select cast(mql_at as date) from valid_leads
    union all select cast(sql_at as date) from valid_leads
    union all select cast(first_response_at as date) from valid_leads
    union all select cast(converted_at as date) from valid_leads
    union all select cast(disqualified_at as date) from valid_leads
    union all select created_at from valid_opportunities
    union all select closed_at from valid_opportunities
    union all select entered_at from valid_opportunity_stages
    union all select sent_at from valid_quotes
    union all select decided_at from valid_quotes
    union all select cast(occurred_at as date) from valid_activities
    union all select cast(invited_at as date) from valid_meetings
    union all select cast(scheduled_at as date) from valid_meetings
    union all select event_date from valid_subscription_events
    union all select spend_date from valid_marketing_spend
    union all select responded_at from valid_surveys
    union all select month from valid_targets
),

bounds as (
    select
        make_date(year(min(day)), 1, 1) as first_day,
        make_date(year(max(day)), 12, 31) as last_day
    from fact_dates
),

days as (
    select cast(unnest(generate_series(cast(first_day as timestamp), cast(last_day as timestamp), interval 1 day)) as date) as date
    from bounds
    where first_day is not null
)

select
    date,
    cast(year(date) as integer) as year,
    cast(quarter(date) as integer) as quarter_number,
    cast(year(date) as varchar) || '-Q' || cast(quarter(date) as varchar) as year_quarter,
    cast(month(date) as integer) as month_number,
    strftime(date, '%Y-%m') as year_month,
    monthname(date) as month_name,
    cast(date_trunc('month', date) as date) as month_start_date,
    cast(day(date) as integer) as day_of_month
from days
