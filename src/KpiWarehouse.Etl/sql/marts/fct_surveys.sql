-- Surveys: one row per survey response.
select
    s.response_id,
    s.responded_at as responded_date,
    s.survey_type,
    s.score,
    coalesce(c.customer_key, 0) as customer_key
from valid_surveys as s
left join dim_customer as c on c.customer_id = s.customer_id and c.customer_key > 0
