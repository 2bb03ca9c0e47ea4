-- reps.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(rep_id)     as rep_id,
    parse_text(rep_name)   as rep_name,
    parse_text(email)      as email,
    parse_code(role)       as role,
    parse_text(team)       as team,
    parse_text(region)     as region,
    parse_text(manager_id) as manager_id,
    parse_date(hire_date)  as hire_date,
    parse_date(leave_date) as leave_date
from raw_reps
