with orders as (

    select * from {{ ref('orders') }}
    where status not in ('returned', 'canceled', 'cancelled')

),

stores as (

    select * from {{ source('raw', 'stores') }}

)

select
    orders.order_date as revenue_date,
    orders.store_id,
    stores.store_name,
    count(*) as order_count,
    sum(orders.order_total) as gross_revenue,
    current_timestamp as loaded_at
from orders
left join stores
    on orders.store_id = stores.store_id
group by 1, 2, 3
