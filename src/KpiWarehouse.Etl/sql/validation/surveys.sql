-- surveys.csv: the score's range depends on the survey type.
with ranges as (
    select * from (values ('NPS', 0, 10), ('CSAT', 1, 5), ('OUTCOME', 0, 1)) as r(survey_type, min_score, max_score)
)

select
    s.row_id,
    s.line_number,
    'score' as column_name,
    'KPIW-L137' as rule,
    'score ' || cast(s.score as varchar) || ' is outside ' || r.min_score || '..' || r.max_score
        || ' for ' || s.survey_type as message
from stg_surveys as s
inner join ranges as r on r.survey_type = s.survey_type
where s.score not between r.min_score and r.max_score
