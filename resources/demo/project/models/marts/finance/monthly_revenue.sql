select
    cast(date_trunc('month', order_date) as date) as revenue_month,
    count(*) as order_count,
    sum(order_total) as gross_revenue,
    current_timestamp as loaded_at
from {{ ref('orders') }}
where status not in ('returned', 'canceled', 'cancelled')
group by 1
