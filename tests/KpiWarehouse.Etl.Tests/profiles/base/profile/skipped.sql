select 'people' as _source, _line, 'interns are not sales reps' as reason from people where kind = 'intern'
