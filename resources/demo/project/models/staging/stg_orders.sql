with source as (

    select * from {{ ref('raw_orders') }}

),

renamed as (

    select
        order_id,
        customer_id,
        store_id,
        cast(ordered_at as date) as order_date,
        ordered_at,
        status,
        updated_at
    from source

)

select * from renamed
