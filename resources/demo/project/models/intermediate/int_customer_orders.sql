with orders as (

    select * from {{ ref('stg_orders') }}
    where status not in ('canceled', 'cancelled')

),

payments as (

    select
        order_id,
        sum(amount) as amount
    from {{ ref('stg_payments') }}
    group by order_id

)

select
    orders.customer_id,
    min(orders.order_date) as first_order_date,
    max(orders.order_date) as most_recent_order_date,
    count(*) as number_of_orders,
    coalesce(sum(payments.amount), 0) as lifetime_value
from orders
left join payments
    on orders.order_id = payments.order_id
group by orders.customer_id
