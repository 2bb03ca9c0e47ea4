-- Survey responses by responded month and slice (Customer): CSAT, NPS and OUTCOME.
with responses as (
    select s.*, cast(date_trunc('month', s.responded_date) as date) as month
    from fct_surveys as s
),

sliced as (
    select 0 as slice_id, r.* from responses as r
    union all
    select k.slice_id, r.* from responses as r inner join int_kpi_slice_keys as k on k.customer_key = r.customer_key
)

select
    month,
    slice_id,
    nullif(count(*) filter (where survey_type = 'CSAT'), 0) as csat_count,
    avg(score) filter (where survey_type = 'CSAT') as csat_average_score,
    nullif(count(*) filter (where survey_type = 'CSAT' and score >= 4), 0) as csat_satisfied_count,
    nullif(count(*) filter (where survey_type = 'NPS'), 0) as nps_count,
    nullif(count(*) filter (where survey_type = 'NPS' and score >= 9), 0) as nps_promoter_count,
    nullif(count(*) filter (where survey_type = 'NPS' and score <= 6), 0) as nps_detractor_count,
    nullif(count(*) filter (where survey_type = 'OUTCOME'), 0) as outcome_count,
    nullif(count(*) filter (where survey_type = 'OUTCOME' and score = 1), 0) as outcome_reached_count
from sliced
group by month, slice_id
