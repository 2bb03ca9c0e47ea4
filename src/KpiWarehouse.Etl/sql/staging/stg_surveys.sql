-- surveys.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(response_id)  as response_id,
    parse_text(customer_id)  as customer_id,
    parse_date(responded_at) as responded_at,
    parse_code(survey_type)  as survey_type,
    parse_int(score)         as score
from raw_surveys
