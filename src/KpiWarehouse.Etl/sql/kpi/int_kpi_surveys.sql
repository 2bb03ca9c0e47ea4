-- Survey responses by responded month and slice (Customer): CSAT, NPS and OUTCOME.
with responses as (
    select
        cast(date_trunc('month', responded_date) as date) as month,
        customer_key,
        cast(null as integer) as rep_key,
        cast(null as integer) as product_key,
        cast(null as integer) as channel_key,
        survey_type,
        score
    from fct_surveys
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
from kpi_sliced(responses, ['Customer'])
group by month, slice_id
