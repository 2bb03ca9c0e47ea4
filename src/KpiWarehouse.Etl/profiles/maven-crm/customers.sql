-- accounts.csv. The source has no segment: it is derived from the head count (SMB under 1,000 employees, MID under
-- 5,000, ENT from 5,000). The sector typo 'technolgy' is corrected. The account was created in the CRM at its
-- first engaged deal (or, without one, at the data set's first day). Country and region are the office location.
with first_day as (
    select min(src_date(engage_date)) as day from pipeline
),
first_deal as (
    select trim(account) as account, min(src_date(engage_date)) as day from pipeline where account is not null group by all
)
select
    trim(a.account) as customer_id,
    trim(a.account) as customer_name,
    case
        when try_cast(a.employees as integer) < 1000 then 'SMB'
        when try_cast(a.employees as integer) < 5000 then 'MID'
        when try_cast(a.employees as integer) >= 5000 then 'ENT'
    end as segment,
    case lower(trim(a.sector)) when 'technolgy' then 'technology' else lower(trim(a.sector)) end as industry,
    trim(a.office_location) as country,
    trim(a.office_location) as region,
    coalesce(d.day, f.day) as created_date,
    'accounts' as _source,
    a._line
from accounts as a
cross join first_day as f
left join first_deal as d on d.account = trim(a.account)
