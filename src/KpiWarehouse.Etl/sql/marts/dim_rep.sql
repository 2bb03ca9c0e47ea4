-- Rep: one member per accepted rep (keys from 1 in rep_id order), with the manager's name and e-mail, and the unknown member 0.
with members as (
    select
        cast(row_number() over (order by r.rep_id) as integer) as rep_key,
        r.rep_id,
        r.rep_name,
        r.email,
        r.role,
        r.team,
        r.region,
        r.manager_id,
        m.rep_name as manager_name,
        m.email as manager_email,
        r.hire_date,
        r.leave_date
    from valid_reps as r
    left join valid_reps as m on m.rep_id = r.manager_id
),

unknown as (
    select
        0 as rep_key, '(Unknown)' as rep_id, '(Unknown)' as rep_name, '(Unknown)' as email, '(Unknown)' as role,
        '(Unknown)' as team, '(Unknown)' as region, cast(null as varchar) as manager_id,
        '(Unknown)' as manager_name, '(Unknown)' as manager_email,
        cast(null as date) as hire_date, cast(null as date) as leave_date
)

select * from unknown
union all
select * from members
